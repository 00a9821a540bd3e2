import { runProcess } from '../../schema/runProcess.ts';
import { startSubgraph, type SubgraphDefinition } from './createSubgraph.ts';
import type { SubgraphConfig } from './config.ts';

/**
 * Runs one subgraph as its own process (`node dist/subgraphs/<name>/main.js`), stopping cleanly on a
 * signal. The configuration is read inside, so a missing setting ends in one line naming it.
 */
export async function runSubgraph<P, L>(definition: SubgraphDefinition<P, L>, config: () => SubgraphConfig): Promise<void> {
  await runProcess({ label: `${definition.name} subgraph` }, () => startSubgraph(definition, config()));
}
