import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConnectorNames } from './renderTemplates.ts';

/**
 * Registers a new connector in the three files that list subgraphs, each with a small insertion
 * at a fixed anchor and no reformatting, so the change merges beside other work:
 * `schema/subgraphs.ts` (composition config), `codegen.yml` (typed resolvers) and
 * `demo/demoHubParts.ts` (the demo hub starts it with its demo partner system).
 */
export function registerConnector(root: string, names: ConnectorNames, recordsOf: string | null): string[] {
  const { name, Name } = names;
  edit(root, 'schema/subgraphs.ts', (text) => {
    if (text.includes(`entry('${name}',`)) throw new Error(`schema/subgraphs.ts already has a subgraph named ${name}`);
    const ports = [...text.matchAll(/entry\('[a-z0-9]+', (\d+), (\d+|null)/g)];
    const port = Math.max(...ports.map((m) => Number(m[1]))) + 1;
    const partnerPort = Math.max(...ports.map((m) => (m[2] === 'null' ? 0 : Number(m[2])))) + 1;
    return insertBefore(text, "  entry('casus',", `  entry('${name}', ${port}, ${partnerPort}, ${recordsOf ? `'${recordsOf}'` : 'null'}),\n`, 'schema/subgraphs.ts');
  });
  edit(root, 'codegen.yml', (text) =>
    insertBefore(
      text,
      '  subgraphs/casus/__generated__/resolvers.ts:',
      [
        `  subgraphs/${name}/__generated__/resolvers.ts:`,
        `    schema: [schema/privacy.graphql, subgraphs/${name}/schema.graphql]`,
        '    plugins: *plugins',
        '    config:',
        '      <<: *defaults',
        `      contextType: ../${name}Context.ts#${Name}Context`,
        '      mappers:',
        '        Child: ../records.ts#ChildRef',
        `        ${Name}Summary: ../records.ts#SummaryRecord`,
        '',
      ].join('\n'),
      'codegen.yml',
    ),
  );
  edit(root, 'demo/demoHubParts.ts', (text) => {
    const imports = `import { ${name}Subgraph } from '../subgraphs/${name}/${name}Subgraph.ts';\nimport { start${Name}System } from './partners/${name}/${name}System.ts';\n`;
    const withImports = insertBefore(text, "import type { RunningDemoPartner } from './partners/demoPartnerServer.ts';", imports, 'demo/demoHubParts.ts');
    return insertBefore(withImports, '  casus: { definition: casusSubgraph', `  ${name}: { definition: ${name}Subgraph, startPartner: start${Name}System },\n`, 'demo/demoHubParts.ts');
  });
  return ['schema/subgraphs.ts', 'codegen.yml', 'demo/demoHubParts.ts'];
}

function edit(root: string, file: string, change: (text: string) => string): void {
  const path = join(root, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

function insertBefore(text: string, anchor: string, insertion: string, file: string): string {
  const at = text.indexOf(anchor);
  if (at < 0) throw new Error(`${file}: the line starting "${anchor.trim()}" was not found; register the connector by hand (docs/connector-guide.md)`);
  return text.slice(0, at) + insertion + text.slice(at);
}
