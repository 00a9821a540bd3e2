import type { Caller } from '../../../schema/caller.ts';
import { recordSubgraphOf } from '../../../schema/subgraphs.ts';
import type { Involvement, InvolvementSource } from '../involvementSource.ts';

/**
 * Stands in for the partner subgraphs' `POST /involvement` in casus tests. `everyone`: every
 * organisation with a system of record is involved with every child (suites about other rules);
 * otherwise only the pairs a test declares with `involve`. Counts questions, so tests can prove
 * a refusal asked the same as an acceptance.
 */
export class InvolvementDouble implements InvolvementSource {
  readonly asked: { childId: string; organisation: string; token: string | null }[] = [];
  private readonly pairs = new Set<string>();

  constructor(private readonly options: { everyone: boolean }) {}

  involve(organisation: string, childId: string): this {
    this.pairs.add(`${organisation}|${childId}`);
    return this;
  }

  async involvement(childId: string, caller: Caller, token: string | null): Promise<Involvement> {
    this.asked.push({ childId, organisation: caller.organisation, token });
    const subgraph = recordSubgraphOf(caller.organisation);
    if (!subgraph) return { kind: 'NO_SYSTEM' };
    const involved = this.options.everyone || this.pairs.has(`${caller.organisation}|${childId}`);
    return { kind: involved ? 'INVOLVED' : 'NOT_INVOLVED', subgraph };
  }
}
