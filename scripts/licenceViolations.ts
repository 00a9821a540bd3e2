/**
 * Which packages of the production dependency tree are not open source. Dutch public bodies are
 * expected to use and publish open source ("open, tenzij"); the Elastic License, BUSL, SSPL and
 * the Commons Clause forbid offering the software as a service to others, which is what a
 * municipality does when it runs the hub for its covenant partners.
 */

/** SPDX identifiers of OSI-approved or public-domain licences seen in this kind of tree. */
const OPEN_SOURCE = new Set([
  '0BSD', 'Apache-2.0', 'BlueOak-1.0.0', 'BSD-2-Clause', 'BSD-3-Clause', 'CC0-1.0', 'ISC', 'MIT', 'MIT-0', 'MPL-2.0', 'Python-2.0', 'Unlicense', 'Zlib',
]);

/**
 * The one exception: `@apollo/subgraph` (MIT) builds the subgraph schema with
 * `@apollo/federation-internals` (Elastic-2.0). It is allowed there and nowhere else: nothing but
 * `@apollo/subgraph` may depend on it.
 */
const EXCEPTION = { name: '@apollo/federation-internals', onlyVia: '@apollo/subgraph' };

/** One node of `npm ls --omit=dev --all --json --long`. */
export interface NpmTreeNode {
  name?: string;
  version?: string;
  license?: unknown;
  path?: string;
  missing?: boolean;
  /** Declared dependencies (from its package.json). */
  _dependencies?: Record<string, string>;
  dependencies?: Record<string, NpmTreeNode>;
}

export interface LicenceViolation {
  package: string;
  licence: string;
  /** How the root reaches it, e.g. `@apollo/gateway > @apollo/federation-internals`. */
  via: string;
}

/** Whether an SPDX expression such as `(MIT AND BSD-3-Clause)` or `MIT OR Apache-2.0` is open source throughout. */
export function isOpenSource(expression: string): boolean {
  const ids = expression.replace(/[()]/g, ' ').split(/\s+(?:AND|OR)\s+|\s+/).filter(Boolean);
  // AND needs every part open; OR could settle for one, but a mixed OR is rare enough to look at by hand.
  return ids.length > 0 && ids.every((id) => OPEN_SOURCE.has(id.replace(/\+$/, '')));
}

const licenceOf = (node: NpmTreeNode): string =>
  typeof node.license === 'string' ? node.license : typeof (node.license as { type?: unknown })?.type === 'string' ? String((node.license as { type: string }).type) : 'none';

/** Every installed package of the tree whose licence is not open source, or that wrongly needs the exception. */
export function licenceViolations(root: NpmTreeNode): LicenceViolation[] {
  const violations: LicenceViolation[] = [];
  const seen = new Set<string>();
  const visit = (node: NpmTreeNode, via: string[]) => {
    for (const [name, child] of Object.entries(node.dependencies ?? {})) {
      // Optional peers that are not installed appear as empty nodes: nothing of them runs.
      if (child.missing || !child.version || !child.path) continue;
      const path = [...via, name];
      const id = `${name}@${child.version} ${path.join('>')}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const licence = licenceOf(child);
      const excepted = name === EXCEPTION.name && via.at(-1) === EXCEPTION.onlyVia && via.length === 1;
      if (!isOpenSource(licence) && !excepted) violations.push({ package: `${name}@${child.version}`, licence, via: path.join(' > ') });
      if (name !== EXCEPTION.onlyVia && child._dependencies && EXCEPTION.name in child._dependencies) {
        violations.push({ package: `${name}@${child.version}`, licence: `needs ${EXCEPTION.name}`, via: path.join(' > ') });
      }
      visit(child, path);
    }
  };
  visit(root, []);
  return violations;
}
