import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Second half of `npm run build`: the compiled modules find their schemas beside them, as the
 * sources do (`new URL('./schema.graphql', import.meta.url)`), and share the repository's
 * `.ketengraaf/` (development issuer key, processing log) with `npm start` and `npm run token`.
 */
const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
for (const folder of ['schema', ...readdirSync(join(root, 'subgraphs')).map((name) => join('subgraphs', name))]) {
  for (const file of readdirSync(join(root, folder)).filter((name) => name.endsWith('.graphql'))) {
    mkdirSync(join(dist, folder), { recursive: true });
    cpSync(join(root, folder, file), join(dist, folder, file));
  }
}
mkdirSync(join(root, '.ketengraaf'), { recursive: true });
if (!existsSync(join(dist, '.ketengraaf'))) symlinkSync('../.ketengraaf', join(dist, '.ketengraaf'));
console.log(`Built ${dist}: run the gateway with node dist/gateway/main.js, a subgraph with node dist/subgraphs/<name>/main.js.`);
