import type { Caller } from '../../schema/caller.ts';
import { GRANTS_AUDIENCE, generateContextKeys, signCallerContext, subgraphAudience, type ContextKeyPair } from '../../schema/callerContext.ts';
import type { Purpose, Role } from '../../schema/vocabulary.ts';

/** Signs gateway caller contexts for subgraph-level tests, as the gateway would, addressed to one subgraph. */
export class CallerContexts {
  private constructor(
    readonly keys: ContextKeyPair,
    private readonly subgraph: string,
  ) {}

  static async create(subgraph: string): Promise<CallerContexts> {
    return new CallerContexts(await generateContextKeys(), subgraph);
  }

  /** A grants-only context, as partner subgraphs forward to the casus subgraph. */
  signGrants(caller: { role: Role; organisation: string; purpose: Purpose; professional?: string }): Promise<string> {
    return this.sign(caller, GRANTS_AUDIENCE);
  }

  sign(caller: { role: Role; organisation: string; purpose: Purpose; professional?: string }, audience = subgraphAudience(this.subgraph)): Promise<string> {
    const full: Caller = {
      professional: caller.professional ?? `test-${caller.role.toLowerCase()}`,
      organisation: caller.organisation,
      role: caller.role,
      purpose: caller.purpose,
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    };
    return signCallerContext(full, this.keys.privateKey, audience);
  }
}
