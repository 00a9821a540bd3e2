import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;

/** Runs `npm run -s token -- ...` as a user would and returns stdout (which must be the token alone). */
export async function runToken(args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const { stdout } = await run('npm', ['run', '-s', 'token', '--', ...args], { cwd: root, env: { ...process.env, ...env } });
  return stdout.trim();
}

/** Runs an npm script and returns its exit code and output, without throwing on failure. */
export async function runNpm(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npm', args, { cwd: root, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}
