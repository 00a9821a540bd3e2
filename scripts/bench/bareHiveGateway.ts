import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { SUPERGRAPH_FILE } from '../../schema/composeSupergraph.ts';
import { SUBGRAPHS } from '../../schema/subgraphs.ts';
import { BENCH_CALLER_HEADER, presignedContexts } from './presignedContexts.ts';

/**
 * The bench's bare Hive Gateway: the same engine and Rust planner as the hub, without any of its
 * plugins (no authentication, filter, restore or log), sending pre-signed caller contexts so
 * that the subgraphs work exactly as behind the hub. `SUBGRAPH_<NAME>_URL`, `PORT`,
 * `KETENGRAAF_CONTEXT_PRIVATE_KEY`.
 */
const env = process.env;
const contextsFor = await presignedContexts(env.KETENGRAAF_CONTEXT_PRIVATE_KEY ?? '', SUBGRAPHS.map((entry) => entry.name));
const presigned: GatewayPlugin = {
  onSubgraphExecute({ subgraphName, executionRequest, setExecutionRequest }) {
    const request = (executionRequest.context as { request: Request }).request;
    const headers = contextsFor(request, request.headers.get(BENCH_CALLER_HEADER), subgraphName);
    setExecutionRequest({ ...executionRequest, extensions: { ...executionRequest.extensions, headers } });
  },
};
const gateway = createGatewayRuntime({
  supergraph: readFileSync(SUPERGRAPH_FILE, 'utf8'),
  unifiedGraphHandler,
  transportEntries: Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, { location: env[`SUBGRAPH_${name.toUpperCase()}_URL`] ?? '' }])),
  logging: 'error',
  landingPage: false,
  graphiql: false,
  plugins: () => [presigned],
});
const server = createServer(gateway).listen(Number(env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`bare Hive gateway ready at http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
});
// The bench stops it with SIGINT; the engine's own SIGINT handler only disposes, it does not exit.
process.once('SIGINT', () => process.exit(0));
