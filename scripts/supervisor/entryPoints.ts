import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** How the supervisor runs an entry module: Node with its arguments, in the repository. */
export interface EntryCommand {
  args: string[];
  cwd: string;
}

export interface EntryPoints {
  /** True when the processes run the compiled JavaScript in `dist/`, as production does. */
  compiled: boolean;
  command(entry: string): EntryCommand;
}

// This file runs from scripts/supervisor/ (sources, through tsx) or dist/scripts/supervisor/ (compiled).
const runningCompiled = import.meta.url.endsWith('.js');
const repository = fileURLToPath(new URL(runningCompiled ? '../../..' : '../..', import.meta.url));

/**
 * Sources through tsx (`npm start`), or the compiled `dist/` with `KETENGRAAF_COMPILED=1` (after
 * `npm run build`), which is also the default when the supervisor itself runs compiled
 * (`node dist/scripts/start.js`). Either way every process is `node` itself, so the pid the
 * supervisor holds is the component's, with no wrapper process between.
 */
export function entryPointsFromEnv(env: NodeJS.ProcessEnv, entries: readonly string[]): EntryPoints {
  const setting = env.KETENGRAAF_COMPILED;
  if (setting !== undefined && setting !== '' && setting !== '0' && setting !== '1') throw new Error(`KETENGRAAF_COMPILED must be 1 (run dist/) or 0 (run the sources through tsx), got "${setting}"`);
  const compiled = setting === '1' || ((setting === undefined || setting === '') && runningCompiled);
  if (compiled) {
    const missing = entries.map((entry) => `dist/${entry}.js`).filter((file) => !existsSync(`${repository}/${file}`));
    if (missing.length > 0) throw new Error(`${missing[0]} is missing: run npm run build first (KETENGRAAF_COMPILED=1 runs the compiled processes in dist/)`);
  }
  return {
    compiled,
    command: (entry) => ({ args: compiled ? [`dist/${entry}.js`] : ['--import', 'tsx', `${entry}.ts`], cwd: repository }),
  };
}
