import { describe, expect, it } from 'vitest';
import { productionTree } from '../scripts/checkLicences.ts';
import { isOpenSource, licenceViolations, type NpmTreeNode } from '../scripts/licenceViolations.ts';

// The hub must run on open source only (issue 9): a package under the Elastic License, BUSL, SSPL
// or the Commons Clause in the production tree fails the suite, except @apollo/federation-internals
// where @apollo/subgraph alone needs it.
const node = (name: string, license: unknown, dependencies: Record<string, NpmTreeNode> = {}): NpmTreeNode => ({
  name,
  version: '1.0.0',
  license,
  path: `/node_modules/${name}`,
  _dependencies: Object.fromEntries(Object.keys(dependencies).map((dependency) => [dependency, '1.0.0'])),
  dependencies,
});
const tree = (dependencies: Record<string, NpmTreeNode>): NpmTreeNode => ({ dependencies });
const internals = () => node('@apollo/federation-internals', 'Elastic-2.0');

describe('the production dependency tree', () => {
  it('as installed, is open source throughout', () => {
    expect(licenceViolations(productionTree())).toEqual([]);
  });

  it.each<[unknown, string]>([
    ['Elastic-2.0', 'the Elastic License'],
    ['BUSL-1.1', 'the Business Source License'],
    ['SSPL-1.0', 'the Server Side Public License'],
    ['MIT AND Commons-Clause', 'the Commons Clause on top of MIT'],
    ['UNLICENSED', 'no licence granted'],
    ['SEE LICENSE IN LICENSE.md', 'a licence of its own'],
    [undefined, 'no licence field'],
  ])('refuses a package under %s (%s)', (license) => {
    expect(licenceViolations(tree({ hub: node('hub', 'MIT', { sneaky: node('sneaky', license) }) }))).toEqual([
      expect.objectContaining({ package: 'sneaky@1.0.0', via: 'hub > sneaky' }),
    ]);
  });

  it('accepts open-source licences and SPDX expressions of them', () => {
    for (const licence of ['MIT', 'ISC', 'Apache-2.0', 'BSD-3-Clause', '(MIT AND BSD-3-Clause)', 'MIT OR Apache-2.0', 'BlueOak-1.0.0']) {
      expect(isOpenSource(licence), licence).toBe(true);
    }
  });

  it('allows @apollo/federation-internals under @apollo/subgraph, and under nothing else', () => {
    expect(licenceViolations(tree({ '@apollo/subgraph': node('@apollo/subgraph', 'MIT', { '@apollo/federation-internals': internals() }) }))).toEqual([]);
    const viaGateway = licenceViolations(tree({ '@apollo/gateway': node('@apollo/gateway', 'Elastic-2.0', { '@apollo/federation-internals': internals() }) }));
    expect(viaGateway.map((violation) => violation.package)).toEqual(['@apollo/gateway@1.0.0', '@apollo/gateway@1.0.0', '@apollo/federation-internals@1.0.0']);
    const direct = licenceViolations(tree({ '@apollo/federation-internals': internals() }));
    expect(direct.map((violation) => violation.via)).toEqual(['@apollo/federation-internals']);
  });
});
