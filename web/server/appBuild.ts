import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time below `path` (a file or a folder). */
function newest(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/**
 * Makes sure `web/dist` holds a build of the current sources, building with Vite when it is missing
 * or older than `web/src`, `web/index.html` or the Vite config (development only: Vite is a
 * devDependency, production serves what `npm run build` made). Built into a folder of its own and
 * renamed into place, so a server never serves half a build.
 */
export async function ensureAppBuilt(webRoot: string, options: { mayBuild: boolean; log: (line: string) => void }): Promise<string> {
  const dist = join(webRoot, 'dist');
  const sources = ['src', 'index.html', 'vite.config.ts'].map((name) => join(webRoot, name)).filter((path) => existsSync(path));
  const built = existsSync(join(dist, 'index.html'));
  if (built && (!options.mayBuild || sources.length === 0 || newest(join(dist, 'index.html')) >= Math.max(...sources.map(newest)))) return dist;
  if (!options.mayBuild) throw new Error(`${dist} has no built app: run npm run build (or npm run build:web)`);
  options.log(built ? 'The app sources changed: building web/ with Vite...' : 'Building the app in web/ with Vite (once)...');
  const staging = join(webRoot, `.dist-${process.pid}`);
  const { build } = await import('vite');
  // Vite builds React's development bundle when NODE_ENV says development, as it does under
  // `npm start`: the app served is always the production build, whatever mode the server runs in.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(webRoot, 'vite.config.ts'), root: webRoot, mode: 'production', logLevel: 'warn', build: { outDir: staging, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  rmSync(dist, { recursive: true, force: true });
  renameSync(staging, dist);
  return dist;
}
