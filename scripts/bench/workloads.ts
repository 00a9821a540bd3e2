import type { DevIssuer } from '../../gateway/devIssuer.ts';
import { syntheticChild } from '../../demo/synthetic/population.ts';
import { DEMO_PSEUDONYM_KEY } from '../../subgraphs/kit/config.ts';
import { pseudonymFor } from '../../subgraphs/kit/pseudonym.ts';
import type { Role } from '../../schema/vocabulary.ts';
import { BENCH_CALLER_HEADER, BENCH_CALLERS, type BenchCaller } from './presignedContexts.ts';

/** One measured request: the same body and headers go to the hub and to both bare gateways. */
export interface Workload {
  name: string;
  caller: BenchCaller;
  query: string;
  variables?: Record<string, unknown>;
  /** A heavy workload runs with fewer connections for longer, or no request completes in a round. */
  connections?: number;
  secondsFactor?: number;
}

/** Headers for every gateway: the hub reads the token and purpose, a bare gateway the caller's name. */
export async function headersFor(issuer: DevIssuer, caller: BenchCaller): Promise<Record<string, string>> {
  const { role, organisation, professional, purpose } = BENCH_CALLERS[caller];
  const token = await issuer.issue({ role: role as Role, organisation, professional });
  return { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': purpose, [BENCH_CALLER_HEADER]: caller };
}

type Post = (caller: BenchCaller | 'signaller', query: string, variables?: Record<string, unknown>) => Promise<{ data?: any; errors?: unknown[] }>;

/** Posts through the hub's own (demo) gateway, for set-up and look-ups before the measurement. */
export function poster(gatewayUrl: string, issuer: DevIssuer): Post {
  const signaller = { role: 'JGZ_PROFESSIONAL' as Role, organisation: 'ggd-regio' };
  return async (caller, query, variables) => {
    const headers =
      caller === 'signaller'
        ? { 'content-type': 'application/json', authorization: `Bearer ${await issuer.issue(signaller)}`, 'x-purpose': 'SIGNALLING' }
        : await headersFor(issuer, caller);
    const response = await fetch(gatewayUrl, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as { data?: any; errors?: unknown[] };
  };
}

/**
 * Opens `count` cases at AVE phase 3, with consent for case discussion, as the municipality's case
 * director does, so the case overview and the 1,000-children list have something to show. Returns
 * the children, and how many steps the casus subgraph refused (a consent the age rule refuses).
 */
export async function seedCases(post: Post, seed: string, count: number, concurrency = 8): Promise<{ children: string[]; complete: string[]; refused: number }> {
  const children = Array.from({ length: count }, (_, index) => syntheticChild(seed, index));
  let refused = 0;
  const complete: string[] = [];
  const step = async (caller: BenchCaller | 'signaller', query: string, input: Record<string, unknown>) => {
    const result = await post(caller, query, { input });
    if (result.errors) refused++;
    return result.errors ? null : result.data;
  };
  const consent = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { status } }`;
  const validUntil = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
  let next = 0;
  const worker = async () => {
    while (next < children.length) {
      const child = children[next++]!;
      const childId = pseudonymFor(child.bsn, DEMO_PSEUDONYM_KEY);
      await step('signaller', `mutation ($input: RegisterSignalInput!) { registerSignal(input: $input) { id } }`, { childId, childBirthDate: child.birthDate, contactName: 'Jeugdverpleegkundige' });
      await step('director', `mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }`, { childId, caseDirectorName: 'Regisseur bench', phase: 3, reason: 'bench' });
      // The age rule: under 12 the parents consent, from 16 the child, in between both.
      const givers = child.ageAtReference >= 16 ? ['CHILD'] : child.ageAtReference >= 12 ? ['PARENT', 'CHILD'] : ['PARENT'];
      let status: unknown = null;
      for (const givenBy of givers) {
        status = (await step('director', consent, { childId, purpose: 'CASE_DISCUSSION', organisationId: 'gemeente-demo', givenBy, validUntil }))?.recordConsent?.status;
      }
      if (status === 'VALID') complete.push(childId);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { children: children.map((child) => pseudonymFor(child.bsn, DEMO_PSEUDONYM_KEY)), complete, refused };
}

export const caseOverview = (childId: string): Workload => ({
  name: 'case overview, one child, six subgraphs',
  caller: 'director',
  query: `query ($id: ID!) { child(id: $id) { id openCase { phase } schoolEnrolment { group school { name } } childcarePlacement { location { name } } jgzCareSummary { activeConcernDomains carePlanStatus } veiligThuisSafetyAssessment { date outcome } policeRegistrations { registeredOn ... on PoliceIncident { incidentType childRole } } } }`,
  variables: { id: childId },
});

export const pupilList: Workload = {
  name: '20 pupils, join school + casus',
  caller: 'coordinator',
  query: `{ organisation(id: "school-esdoorn") { name pupils(first: 20) { id schoolEnrolment { group school { name } } } } }`,
};

export const thousandChildren: Workload = {
  name: '1,000 children, three partners',
  caller: 'director',
  query: `{ myCases { child { id schoolEnrolment { group } jgzCareSummary { carePlanStatus } policeRegistrations { registeredOn } } } }`,
  connections: 4,
  secondsFactor: 3,
};

export const pointQuery = (childId: string, children: string): Workload => ({
  name: `point query, ${children} children`,
  caller: 'coordinator',
  query: `query ($id: ID!) { child(id: $id) { schoolEnrolment { group } schoolAbsences { date kind } } }`,
  variables: { id: childId },
});
