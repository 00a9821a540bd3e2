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
}

const entry = (name: string, port: number, partnerPort: number | null): SubgraphEntry => ({
  name,
  schemaFile: new URL(`../subgraphs/${name}/schema.graphql`, import.meta.url),
  port,
  partnerPort,
});

export const SUBGRAPHS: readonly SubgraphEntry[] = [
  entry('school', 4001, 5001),
  entry('childcare', 4002, 5002),
  entry('ggd', 4003, 5003),
  entry('veiligthuis', 4004, 5004),
  entry('police', 4005, 5005),
  entry('casus', 4006, null),
  entry('auditlog', 4007, null),
];

export const demoUrlOf = (entry: SubgraphEntry) => `http://127.0.0.1:${entry.port}/graphql`;
