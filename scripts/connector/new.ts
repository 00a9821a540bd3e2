import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ORGANISATION_TYPES } from '../../schema/covenant.ts';
import { cliArgs } from './cliArgs.ts';
import { registerConnector } from './registerConnector.ts';
import { connectorNames, renderTemplates } from './renderTemplates.ts';

/**
 * `npm run connector:new -- <name>`: a new partner connector on the kit, registered and generated,
 * that composes and passes its tests before its author writes a line (docs/connector-guide.md).
 */
const USAGE = `Usage: npm run connector:new -- <name> [--org-type TYPE] [--root DIR] [--no-generate]

Creates a partner connector on the adapter kit:
  subgraphs/<name>/          schema.graphql (a placeholder field whose @privacy rule releases it to
                             nobody until you fill it in), records.ts, <name>Client.ts, <name>Loaders.ts,
                             <name>Partner.ts, <name>Context.ts, <name>Resolvers.ts, <name>Subgraph.ts,
                             main.ts, <name>.test.ts
  demo/partners/<name>/      a demo partner system with deterministic synthetic data
and registers it in schema/subgraphs.ts, codegen.yml and demo/demoHubParts.ts, then runs
npm run codegen, compose and protocol.

  <name>            lower-case letters and digits, e.g. halt or jeugdhulp
  --org-type TYPE   the covenant organisation type whose system of record this is (${ORGANISATION_TYPES.join(', ')});
                    the subgraph then answers POST /involvement for it. Without it the demo records
                    are held by the municipality and the subgraph is no system of record.
  --root DIR        the repository to write into (default: this one)
  --no-generate     skip codegen, compose and protocol

Next: docs/connector-guide.md (map the partner's format, write the rules, run npm run connector:check).`;

const { option, has, positional } = cliArgs(USAGE);
const root = option('--root') ?? fileURLToPath(new URL('../..', import.meta.url));
const orgType = option('--org-type');
const name = positional(['--root', '--org-type']);

try {
  if (!name) throw new Error('name the connector: npm run connector:new -- <name>');
  if (orgType !== undefined && !(ORGANISATION_TYPES as readonly string[]).includes(orgType)) {
    throw new Error(`--org-type must be one of ${ORGANISATION_TYPES.join(', ')} (add a new type to schema/covenant.ts first)`);
  }
  const names = connectorNames(name, orgType ?? 'MUNICIPALITY');
  const written = [...renderTemplates(root, names), ...registerConnector(root, names, orgType ?? null)];
  console.log(`Wrote or changed:\n${written.map((file) => `  ${file}`).join('\n')}`);
  if (!has('--no-generate')) {
    for (const [what, command] of [
      ['codegen', ['graphql-codegen', '--config', 'codegen.yml']],
      ['compose', ['tsx', 'scripts/compose.ts']],
      ['protocol', ['tsx', 'scripts/protocol.ts']],
    ] as const) {
      console.log(`Running ${what}...`);
      execFileSync('npx', ['--no-install', ...command], { cwd: root, stdio: 'inherit' });
    }
  }
  console.log(`\nDone. Run its tests with: npx vitest run subgraphs/${name}\nThen fill in subgraphs/${name}/schema.graphql's rules: docs/connector-guide.md.`);
} catch (error) {
  console.error(`connector:new: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
