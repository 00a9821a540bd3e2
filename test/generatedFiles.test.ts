import { readFileSync } from 'node:fs';
import { executeCodegen, loadContext } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { composeSupergraph, SUPERGRAPH_FILE } from '../schema/composeSupergraph.ts';
import { PROTOCOL_FILE, renderPrivacyProtocol } from '../schema/protocolFile.ts';
import { SUBGRAPHS } from '../schema/subgraphs.ts';

// Generated files are committed, so a change to a schema that forgets to regenerate them would
// ship a gateway, a protocol or resolver types that disagree with the subgraphs.
describe('generated files are current', () => {
  it('schema/supergraph.graphql matches the subgraph schemas (run npm run compose)', () => {
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(composeSupergraph(SUBGRAPHS));
  });

  it('docs/privacy-protocol.md matches the supergraph (run npm run protocol)', () => {
    expect(readFileSync(PROTOCOL_FILE, 'utf8')).toBe(renderPrivacyProtocol(readFileSync(SUPERGRAPH_FILE, 'utf8')));
  });

  it('every subgraph’s __generated__/resolvers.ts matches codegen.yml (run npm run codegen)', async () => {
    const context = await loadContext(new URL('../codegen.yml', import.meta.url).pathname);
    const { result } = await executeCodegen(context);
    expect(result.length).toBeGreaterThanOrEqual(6);
    for (const output of result) {
      expect(readFileSync(new URL(`../${output.filename}`, import.meta.url), 'utf8'), output.filename).toBe(output.content);
    }
  }, 60_000);

  it('the web app’s typed operations (web/src/gql/) match the supergraph and its documents (run npm run codegen)', async () => {
    const root = new URL('..', import.meta.url).pathname;
    const context = await loadContext(new URL('../web/codegen.yml', import.meta.url).pathname);
    context.cwd = root;
    const { result } = await executeCodegen(context);
    expect(result.map((output) => output.filename).sort()).toEqual(['web/src/gql/gql.ts', 'web/src/gql/graphql.ts', 'web/src/gql/index.ts']);
    for (const output of result) {
      expect(readFileSync(new URL(`../${output.filename}`, import.meta.url), 'utf8'), output.filename).toBe(output.content);
    }
  }, 60_000);
});
