import { runProcess } from '../../schema/runProcess.ts';
import { SUBGRAPHS } from '../../schema/subgraphs.ts';
import { populationOptions, type PopulationOptions } from '../synthetic/population.ts';
import type { RunningDemoPartner } from './demoPartnerServer.ts';

type StartSystem = (options: PopulationOptions & { port?: number }) => Promise<RunningDemoPartner>;

/**
 * Runs one demo partner system as its own process, as a partner's own system runs beside its
 * adapter: the population from `DEMO_CHILDREN` and `DEMO_SEED` (every system makes the same
 * children from them), `PORT` (default its demo port, 5001 to 5005), `DEMO_PARTNER_TOKEN`.
 */
export async function runDemoPartner(name: string, start: StartSystem, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await runProcess({ label: `${name} demo system` }, async () => {
    const demoPort = SUBGRAPHS.find((entry) => entry.name === name)?.partnerPort ?? 0;
    const port = env.PORT === undefined || env.PORT === '' ? demoPort : Number(env.PORT);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number (0 for any free port), got "${env.PORT}"`);
    return start({ ...populationOptions(env), port });
  });
}
