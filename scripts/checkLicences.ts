import { spawnSync } from 'node:child_process';
import { licenceViolations, type NpmTreeNode } from './licenceViolations.ts';

/** `npm run check` (and a test): fails when a production dependency is not open source. */
export function productionTree(cwd = new URL('..', import.meta.url).pathname): NpmTreeNode {
  // npm exits 1 for "problems" such as a peer range it dislikes; the tree it prints is still whole.
  const { stdout } = spawnSync('npm', ['ls', '--omit=dev', '--all', '--json', '--long'], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as NpmTreeNode;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const violations = licenceViolations(productionTree());
  for (const violation of violations) console.error(`not open source: ${violation.package} (${violation.licence}) via ${violation.via}`);
  if (violations.length > 0) process.exit(1);
  console.log('Production dependencies: open source (the one exception: @apollo/federation-internals, via @apollo/subgraph only).');
}
