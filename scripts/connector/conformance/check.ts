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
export const fail = (id: string, summary: string): CheckResult => ({ id, ok: false, summary });
