import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A throwaway copy of this working tree (tracked and untracked files, node_modules linked), removed by `remove()`. */
export interface RepositoryCopy {
  root: string;
  /** Runs a command in the copy; throws with its output when it fails. */
  run(command: string, args: readonly string[]): string;
  remove(): void;
}

export function copyRepository(source: string): RepositoryCopy {
  const root = mkdtempSync(join(tmpdir(), 'ketengraaf-copy-'));
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: source, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    try {
      copyFileSync(join(source, file), join(root, file));
    } catch {
      // a file deleted in the working tree but still in the index: the copy is of the working tree
    }
  }
  symlinkSync(join(source, 'node_modules'), join(root, 'node_modules'));
  // The architecture test lists files with git.
  execFileSync('git', ['init', '-q'], { cwd: root });
  return {
    root,
    run: (command, args) => {
      try {
        return execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } });
      } catch (error) {
        const failed = error as { stdout?: string; stderr?: string };
        throw new Error(`${command} ${args.join(' ')} failed in ${root}:\n${failed.stdout ?? ''}\n${failed.stderr ?? ''}`.slice(-6000));
      }
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
