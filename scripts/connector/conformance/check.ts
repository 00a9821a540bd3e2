import type { SchemaFacts } from './schemaFacts.ts';
import type { ConformanceTarget } from './target.ts';

/** One line of the report. */
export interface CheckResult {
  id: string;
  ok: boolean;
  /** What was checked and found, in one line; never a protected value. */
  summary: string;
}

/** What the checks learn and hand on: the schema's facts, and the children the subgraph holds with their holder. */
export interface SuiteState {
  target: ConformanceTarget;
  facts: SchemaFacts | null;
  /** Pseudonym to holding organisation, from the subgraph's own `POST /involvement` answers. */
  held: Map<string, string>;
}

export type Check = (state: SuiteState) => Promise<CheckResult>;

export const pass = (id: string, summary: string): CheckResult => ({ id, ok: true, summary });
/**
 * A check with nothing to check yet: a connector fresh from `npm run connector:new` releases no
 * field to anyone (default deny), so nothing can be fetched, batched or refused per child.
 */
export const notYet = (id: string, why = 'no rule releases any field to any role yet (default deny)'): CheckResult => ({ id, ok: true, summary: `n/a: ${why}` });
/** Whether no rule of the schema names a role and a purpose: nothing is released to anyone. */
export const releasesNothing = (state: SuiteState) => !!state.facts && [...state.facts.policies.fields.values()].flat().every((rule) => rule.roles.length === 0 || rule.purposes.length === 0);
export const fail = (id: string, summary: string): CheckResult => ({ id, ok: false, summary });
