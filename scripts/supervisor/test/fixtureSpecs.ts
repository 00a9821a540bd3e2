import { fileURLToPath } from 'node:url';
import type { EntryPoints } from '../entryPoints.ts';
import type { ComponentSpec } from '../hubComponents.ts';

/** Every entry runs the fixture component, through tsx. */
export const fixtureEntryPoints: EntryPoints = {
  compiled: false,
  command: () => ({ args: ['--import', 'tsx', fileURLToPath(new URL('./fixtureComponent.ts', import.meta.url))], cwd: fileURLToPath(new URL('../../..', import.meta.url)) }),
};

/** A fixture component named `name`, with the settings in `extra` and `PORT`. */
export function fixtureSpec(name: string, options: Partial<Pick<ComponentSpec, 'needs' | 'tells' | 'port'>> & { env?: ComponentSpec['env']; extra?: NodeJS.ProcessEnv } = {}): ComponentSpec {
  return {
    name,
    label: `${name} fixture`,
    entry: 'fixture',
    port: options.port ?? 0,
    needs: options.needs ?? [],
    tells: options.tells ?? [],
    env: (urlOf, port) => {
      const own = Object.entries(options.env?.(urlOf, port) ?? {}).filter(([, value]) => value !== undefined);
      return { FIXTURE_NAME: name, PORT: String(port), ...options.extra, ...Object.fromEntries(own) };
    },
  };
}
