import { writeFileSync } from 'node:fs';
import { composeSupergraph, SUPERGRAPH_FILE } from '../schema/composeSupergraph.ts';
import { SUBGRAPHS } from '../schema/subgraphs.ts';

/** `npm run compose`: writes schema/supergraph.graphql, which the gateway serves. */
try {
  writeFileSync(SUPERGRAPH_FILE, composeSupergraph(SUBGRAPHS));
  console.log(`Wrote ${SUPERGRAPH_FILE.pathname} from ${SUBGRAPHS.length} subgraphs.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
