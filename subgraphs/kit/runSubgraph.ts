import { startSubgraph, type SubgraphDefinition } from './createSubgraph.ts';
import type { SubgraphConfig } from './config.ts';

/** Runs one subgraph as its own process (`tsx subgraphs/<name>/main.ts`), stopping cleanly on a signal. */
export async function runSubgraph<P, L>(definition: SubgraphDefinition<P, L>, config: SubgraphConfig): Promise<void> {
  try {
    const running = await startSubgraph(definition, config);
    console.log(`${definition.name} subgraph ready at ${running.url}`);
    const stop = () => void running.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    console.error(`The ${definition.name} subgraph could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
