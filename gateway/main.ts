import { runProcess } from '../schema/runProcess.ts';
import type { ProcessState } from '../schema/supervisorMessages.ts';
import { startGateway } from './createGateway.ts';
import { gatewayOptionsFromEnv } from './gatewayConfig.ts';

/** Runs the gateway alone, in front of subgraphs that run elsewhere. */
// Under `npm start` the supervisor sends every component's state; `/health` shows it beside the subgraphs'.
let processes: Readonly<Record<string, ProcessState>> | null = null;
await runProcess(
  {
    label: 'Ketengraaf gateway',
    onMessage: (message) => {
      if (message.type === 'processes') processes = message.processes;
    },
  },
  async () => startGateway({ ...(await gatewayOptionsFromEnv()), processStates: () => processes }),
);
