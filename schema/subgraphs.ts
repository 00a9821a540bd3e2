import { covenantOrganisations, type OrganisationType } from './covenant.ts';

/**
 * The composition config: every subgraph of the hub with its schema file and its URL in the
 * demo (`npm start`). A deployment overrides URLs with `SUBGRAPH_<NAME>_URL` at the gateway.
 */
export interface SubgraphEntry {
  name: string;
  schemaFile: URL;
  /** Demo port of the subgraph; its partner system (if any) listens on `partnerPort`. */
  port: number;
  partnerPort: number | null;
  /** The kind of organisation whose system of record this subgraph adapts (involvement is asked there). */
  recordsOf: OrganisationType | null;
}

const entry = (name: string, port: number, partnerPort: number | null, recordsOf: OrganisationType | null): SubgraphEntry => ({
  name,
  schemaFile: new URL(`../subgraphs/${name}/schema.graphql`, import.meta.url),
  port,
  partnerPort,
  recordsOf,
});

export const SUBGRAPHS: readonly SubgraphEntry[] = [
  entry('school', 4001, 5001, 'SCHOOL'),
  entry('childcare', 4002, 5002, 'CHILDCARE'),
  entry('ggd', 4003, 5003, 'GGD'),
  entry('veiligthuis', 4004, 5004, 'VEILIG_THUIS'),
  entry('police', 4005, 5005, 'POLICE'),
  entry('jeugdhulp', 4008, 5006, 'YOUTH_CARE'),
  entry('casus', 4006, null, null),
  entry('auditlog', 4007, null, null),
];

/**
 * The subgraph whose partner system holds an organisation's records (the school system for a
 * school), or null for an organisation without one here (the municipality).
 */
export function recordSubgraphOf(organisationId: string): string | null {
  const type = covenantOrganisations().find((org) => org.id === organisationId)?.type;
  return SUBGRAPHS.find((entry) => entry.recordsOf !== null && entry.recordsOf === type)?.name ?? null;
}

export const demoUrlOf = (entry: SubgraphEntry) => `http://127.0.0.1:${entry.port}/graphql`;
