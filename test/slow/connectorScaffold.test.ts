import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepository, type RepositoryCopy } from './repositoryCopy.ts';

// `npm run connector:new` must give a connector that composes, generates, type-checks and passes
// the suite before its author writes a line. Scaffolded into a throwaway copy of the repository,
// which is removed afterwards. Slow (a whole type-check and codegen): run by `npm run test:slow`
// from `npm test` after the parallel suite, not inside it.
const NAME = 'probeconnector';
let copy: RepositoryCopy;

beforeAll(() => {
  copy = copyRepository(new URL('../..', import.meta.url).pathname);
  copy.run('npx', ['--no-install', 'tsx', 'scripts/connector/new.ts', NAME]);
}, 180_000);
afterAll(() => {
  copy?.remove();
});

describe('npm run connector:new', () => {
  it('writes the connector and its demo partner, and registers it', () => {
    for (const file of ['schema.graphql', 'records.ts', `${NAME}Client.ts`, `${NAME}Loaders.ts`, `${NAME}Resolvers.ts`, `${NAME}Subgraph.ts`, 'main.ts', `${NAME}.test.ts`, '__generated__/resolvers.ts']) {
      expect(existsSync(join(copy.root, 'subgraphs', NAME, file)), file).toBe(true);
    }
    expect(existsSync(join(copy.root, 'demo/partners', NAME, `${NAME}System.ts`))).toBe(true);
    expect(readFileSync(join(copy.root, 'schema/subgraphs.ts'), 'utf8')).toContain(`entry('${NAME}',`);
    expect(readFileSync(join(copy.root, 'demo/demoHubParts.ts'), 'utf8')).toContain(`${NAME}: { definition: ${NAME}Subgraph`);
    expect(readFileSync(join(copy.root, 'schema/supergraph.graphql'), 'utf8')).toContain(`${NAME}Summary`);
    expect(readFileSync(join(copy.root, 'docs/privacy-protocol.md'), 'utf8')).toContain(`Child.${NAME}Summary`);
  });

  it('refuses a name that exists, leaving the tree as it was', () => {
    expect(() => copy.run('npx', ['--no-install', 'tsx', 'scripts/connector/new.ts', 'school', '--no-generate'])).toThrow(/exists already/);
  });

  it('type-checks', () => {
    copy.run('npx', ['--no-install', 'tsc', '--noEmit']);
  }, 180_000);

  it("passes its own tests, default deny, the generated-files check, the architecture rules, the gateway's access matrix and the conformance suite untouched", () => {
    const files = [`subgraphs/${NAME}`, 'test/privacy', 'test/generatedFiles.test.ts', 'test/architecture.test.ts', 'test/composed/privacyMatrix.test.ts', 'test/adversarial/directSubgraphCalls.test.ts', 'test/conformance/adapters.test.ts', 'scripts/supervisor/hubComponents.test.ts'];
    // A failing file makes vitest exit non-zero, and run() throws with its output.
    const output = copy.run('npx', ['--no-install', 'vitest', 'run', ...files]).replace(/\u001b\[[0-9;]*m/g, '');
    expect(output).toMatch(/Test Files\s+\d+ passed \(\d+\)/);
    expect(output).toContain('probeconnector');
  }, 300_000);
});
