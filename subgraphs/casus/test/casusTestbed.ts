import type { Purpose, Role } from '../../../schema/vocabulary.ts';
import { CallerContexts } from '../../../test/harness/callerContexts.ts';
import { postGraphQL } from '../../../test/harness/postGraphQL.ts';
import { subgraphConfig } from '../../kit/config.ts';
import { startSubgraph, type RunningSubgraph } from '../../kit/createSubgraph.ts';
import { pseudonymFor } from '../../kit/pseudonym.ts';
import { createCasusSubgraph } from '../casusSubgraph.ts';
import { CONTEXT_HEADER, GRANTS_HEADER } from '../../../schema/callerContext.ts';
import { grantsUrlOf, type ChildGrant } from '../../kit/grants.ts';
import type { InvolvementSource } from '../involvementSource.ts';
import type { CasusStore } from '../store/casusStore.ts';
import { InvolvementDouble } from './involvementDouble.ts';
import type { TestClock } from './testClock.ts';

/** A professional of the demo covenant, as a token would name them. */
export interface Person {
  role: Role;
  organisation: string;
  professional: string;
  name: string;
}

/** The cast of the tests: one professional per role and organisation the scenarios need. */
export const PEOPLE = {
  ibEsdoorn: { role: 'SCHOOL_CARE_COORDINATOR', organisation: 'school-esdoorn', professional: 'ib-esdoorn', name: 'IB Esdoorn' },
  ibKompas: { role: 'SCHOOL_CARE_COORDINATOR', organisation: 'school-kompas', professional: 'ib-kompas', name: 'IB Kompas' },
  jgz: { role: 'JGZ_PROFESSIONAL', organisation: 'ggd-regio', professional: 'jgz-verpleegkundige', name: 'JGZ Verpleegkundige' },
  pm: { role: 'CHILDCARE_WORKER', organisation: 'kdv-zonnetje', professional: 'pm-zonnetje', name: 'PM Zonnetje' },
  police: { role: 'POLICE_OFFICER', organisation: 'politie-basisteam', professional: 'wijkagent', name: 'Wijkagent' },
  director: { role: 'CASE_DIRECTOR', organisation: 'gemeente-demo', professional: 'regisseur-a', name: 'Regisseur A' },
  otherDirector: { role: 'CASE_DIRECTOR', organisation: 'gemeente-demo', professional: 'regisseur-b', name: 'Regisseur B' },
  leerplicht: { role: 'COMPULSORY_EDUCATION_OFFICER', organisation: 'gemeente-demo', professional: 'lpa', name: 'Leerplichtambtenaar' },
  analyst: { role: 'POLICY_ANALYST', organisation: 'gemeente-demo', professional: 'beleidsonderzoeker', name: 'Beleidsonderzoeker' },
} satisfies Record<string, Person>;

/** A well-formed pseudonym for test child `n` (never a real BSN). */
export const childId = (n: number) => pseudonymFor(`test-child-${n}`, 'casus-test-key');

export type GraphQLAnswer = Awaited<ReturnType<typeof postGraphQL>>;

export interface CasusTestbed {
  subgraph: RunningSubgraph;
  store: CasusStore;
  contexts: CallerContexts;
  /** Sends a GraphQL request to the casus subgraph as `person` for `purpose`. */
  as(person: Person, purpose: Purpose): (query: string, variables?: Record<string, unknown>) => Promise<GraphQLAnswer>;
  /** What a partner subgraph learns from `POST /grants` for `person` and `purpose`, as the kit asks it. */
  grants(person: Person, purpose: Purpose, childIds: readonly string[]): Promise<ChildGrant[]>;
  close(): Promise<void>;
}

export interface CasusTestbedOptions {
  contexts?: CallerContexts;
  /** Default: every organisation with a system of record is involved with every child. */
  involvement?: InvolvementSource;
}

/** The casus subgraph on a free port over the given store and clock, its grants uncached. */
export async function startCasusTestbed(store: CasusStore, clock: TestClock, options: CasusTestbedOptions = {}): Promise<CasusTestbed> {
  const keys = options.contexts ?? (await CallerContexts.create('casus'));
  const config = subgraphConfig('casus', { NODE_ENV: 'test', KETENGRAAF_CONTEXT_PUBLIC_KEY: keys.keys.publicJwk, GRANTS_CACHE_MS: '0' });
  const involvement = options.involvement ?? new InvolvementDouble({ everyone: true });
  const subgraph = await startSubgraph(createCasusSubgraph({ store, now: clock.now, involvement }), config);
  const caller = (person: Person, purpose: Purpose) => ({ role: person.role, organisation: person.organisation, purpose, professional: person.professional });
  return {
    subgraph,
    store,
    contexts: keys,
    as: (person, purpose) => async (query, variables) => {
      const context = await keys.sign(caller(person, purpose));
      return postGraphQL(subgraph.url, query, { variables, headers: { [CONTEXT_HEADER]: context } });
    },
    grants: async (person, purpose, childIds) => {
      const token = await keys.signGrants(caller(person, purpose));
      const response = await fetch(grantsUrlOf(subgraph.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [GRANTS_HEADER]: token },
        body: JSON.stringify({ childIds }),
      });
      const body = (await response.json()) as { data?: ChildGrant[]; errors?: unknown[] };
      if (!body.data) throw new Error(`grants refused: ${response.status} ${JSON.stringify(body.errors)}`);
      return body.data;
    },
    close: () => subgraph.close(),
  };
}

/** The data of an answer that must have no errors; fails the test with the errors otherwise. */
export function dataOf(answer: GraphQLAnswer): any {
  if (answer.body.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(answer.body.errors)}`);
  return answer.body.data;
}

/** The first error's code and reason, for asserting typed refusals. */
export const refusalOf = (answer: GraphQLAnswer) => ({
  code: answer.body.errors?.[0]?.extensions?.code,
  reason: answer.body.errors?.[0]?.extensions?.reason,
});
