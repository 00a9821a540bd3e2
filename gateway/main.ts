import { startGateway } from './createGateway.ts';
import { gatewayOptionsFromEnv } from './gatewayConfig.ts';

/** Runs the gateway alone, in front of subgraphs that run elsewhere. */
try {
  const gateway = await startGateway(await gatewayOptionsFromEnv());
  console.log(`Ketengraaf gateway ready at ${gateway.url}`);
  const stop = () => void gateway.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(`The gateway could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
