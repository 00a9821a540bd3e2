import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

// Architecture rules a reviewer would otherwise have to remember: subgraphs never import each
// other (shared machinery lives in the kit), production code never imports test helpers or the
// demo partner systems, and there are no import cycles.
const root = new URL('..', import.meta.url).pathname;
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((file) => file && !file.includes('node_modules'));
const isTest = (file: string) => file.endsWith('.test.ts') || file.startsWith('test/') || /\/test\//.test(file) || /Testbed\.ts$/.test(file);
const production = files.filter((file) => !isTest(file) && !file.startsWith('scripts/') && !file.startsWith('demo/') && file !== 'vitest.config.ts');

/** Relative imports of a file; `valuesOnly` skips `import type`, which is erased and cannot cycle at run time. */
const importsOf = (file: string, valuesOnly = false): string[] =>
  [...readFileSync(join(root, file), 'utf8').matchAll(/^\s*(import|export)(\s+type)?[^'"]*from\s+'(\.[^']+)'/gm)]
    .filter((match) => !(valuesOnly && match[2]))
    .map((match) => normalize(join(dirname(file), match[3] ?? '')));
const subgraphOf = (file: string) => /^subgraphs\/([^/]+)\//.exec(file)?.[1];

describe('architecture', () => {
  it('no subgraph imports another subgraph (only the kit)', () => {
    const crossings = production.flatMap((file) => {
      const own = subgraphOf(file);
      return importsOf(file)
        .filter((target) => subgraphOf(target) && subgraphOf(target) !== own && subgraphOf(target) !== 'kit' && own !== undefined)
        .map((target) => `${file} -> ${target}`);
    });
    expect(crossings).toEqual([]);
  });

  it('production code imports neither test helpers nor the demo partner systems', () => {
    const leaks = production.flatMap((file) =>
      importsOf(file)
        .filter((target) => isTest(target) || target.startsWith('demo/'))
        .map((target) => `${file} -> ${target}`),
    );
    expect(leaks).toEqual([]);
  });

  it('has no import cycles', () => {
    const graph = new Map(files.map((file) => [file, importsOf(file, true).filter((target) => files.includes(target))]));
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' -> '));
        return;
      }
      state.set(file, 'visiting');
      for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
