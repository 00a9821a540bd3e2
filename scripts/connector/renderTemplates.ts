import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The names a connector is known by, derived from its lower-case name (`jeugdhulp`). */
export interface ConnectorNames {
  /** `jeugdhulp`: folder, subgraph name, field prefix. */
  name: string;
  /** `Jeugdhulp`: type names. */
  Name: string;
  /** `JEUGDHULP`: environment prefix. */
  NAME: string;
  /** The covenant organisation type whose organisations hold the demo records. */
  orgType: string;
}

export const CONNECTOR_NAME = /^[a-z][a-z0-9]{2,30}$/;

export function connectorNames(name: string, orgType: string): ConnectorNames {
  if (!CONNECTOR_NAME.test(name)) throw new Error(`"${name}" is not a connector name: lower-case letters and digits, 3 to 31, starting with a letter`);
  return { name, Name: name.charAt(0).toUpperCase() + name.slice(1), NAME: name.toUpperCase(), orgType };
}

const TEMPLATES = new URL('./templates/', import.meta.url);

/** Fills a template's placeholders: `__name__`, `__Name__`, `__NAME__`, `__ORG_TYPE__`. */
export const fill = (text: string, names: ConnectorNames): string =>
  text.replaceAll('__ORG_TYPE__', names.orgType).replaceAll('__NAME__', names.NAME).replaceAll('__Name__', names.Name).replaceAll('__name__', names.name);

/**
 * Writes the connector's files under `root`: `templates/subgraph/*` into `subgraphs/<name>/`,
 * `templates/demo/*` into `demo/partners/<name>/`. Refuses to overwrite an existing folder.
 * Returns the files written, relative to `root`.
 */
export function renderTemplates(root: string, names: ConnectorNames): string[] {
  const targets = { subgraph: join('subgraphs', names.name), demo: join('demo', 'partners', names.name) };
  for (const target of Object.values(targets)) {
    if (existsSync(join(root, target))) throw new Error(`${target} exists already: choose another name, or remove it first`);
  }
  const written: string[] = [];
  for (const [kind, target] of Object.entries(targets)) {
    mkdirSync(join(root, target), { recursive: true });
    for (const file of readdirSync(new URL(`${kind}/`, TEMPLATES))) {
      const out = join(target, fill(file, names).replace(/\.tmpl$/, ''));
      writeFileSync(join(root, out), fill(readFileSync(new URL(`${kind}/${file}`, TEMPLATES), 'utf8'), names));
      written.push(out);
    }
  }
  return written;
}
