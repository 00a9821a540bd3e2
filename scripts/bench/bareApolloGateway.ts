import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { SUPERGRAPH_FILE } from '../../schema/composeSupergraph.ts';
import { SUBGRAPHS } from '../../schema/subgraphs.ts';
import { BENCH_CALLER_HEADER, presignedContexts } from './presignedContexts.ts';

/**
 * The bench's bare `@apollo/gateway` (Elastic-licensed: a devDependency, for this comparison only),
 * with Apollo's default subgraph client and pre-signed caller contexts, so that the subgraphs work
 * exactly as behind the hub. `SUBGRAPH_<NAME>_URL`, `PORT`, `KETENGRAAF_CONTEXT_PRIVATE_KEY`.
 */
const env = process.env;
const contextsFor = await presignedContexts(env.KETENGRAAF_CONTEXT_PRIVATE_KEY ?? '', SUBGRAPHS.map((entry) => entry.name));
interface BenchContext {
  caller: string | undefined;
}
const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
  buildService: ({ name }) =>
    new RemoteGraphQLDataSource<BenchContext>({
      url: env[`SUBGRAPH_${name.toUpperCase()}_URL`] ?? '',
      willSendRequest({ request, context }) {
        for (const [header, value] of Object.entries(contextsFor(context, context.caller, name))) request.http?.headers.set(header, value);
      },
    }),
});
const apollo = new ApolloServer<BenchContext>({ gateway, introspection: false });
const { url } = await startStandaloneServer(apollo, {
  listen: { port: Number(env.PORT ?? 0), host: '127.0.0.1' },
  context: async ({ req }) => ({ caller: [req.headers[BENCH_CALLER_HEADER]].flat()[0] }),
});
console.log(`bare Apollo gateway ready at ${url}graphql`);
// The bench stops it with SIGINT; the engine's own SIGINT handler only disposes, it does not exit.
process.once('SIGINT', () => process.exit(0));
