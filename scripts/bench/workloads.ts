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

/** Who sets up the cases besides the bench's callers: the JGZ nurse who signals and confirms. */
const SIGNALLER = { role: 'JGZ_PROFESSIONAL' as Role, organisation: 'ggd-regio', professional: 'bench-jgz' };
type SetUpCaller = BenchCaller | 'signaller' | 'confirmer';

type Post = (caller: SetUpCaller, query: string, variables?: Record<string, unknown>) => Promise<{ data?: any; errors?: unknown[] }>;

/** Posts through the hub's own (demo) gateway, for set-up and look-ups before the measurement. */
export function poster(gatewayUrl: string, issuer: DevIssuer): Post {
  return async (caller, query, variables) => {
    const headers =
      caller === 'signaller' || caller === 'confirmer'
        ? { 'content-type': 'application/json', authorization: `Bearer ${await issuer.issue(SIGNALLER)}`, 'x-purpose': caller === 'signaller' ? 'SIGNALLING' : 'CASE_DISCUSSION' }
        : await headersFor(issuer, caller);
    const response = await fetch(gatewayUrl, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as { data?: any; errors?: unknown[] };
  };
}

/**
 * Opens cases at AVE phase 3, with consent for case discussion, the way the covenant's rules
 * allow (separation of duties): the GGD's JGZ nurse, involved with the child in the GGD's own
 * system, signals; the municipality's case director opens the case from that signal with the
 * nurse as participant; the nurse confirms the escalation to phase 3 and the consent the director
 * records for the municipality. So the case overview and the 1,000-children list release what a
 * real case would. Children the GGD does not know (over 18) get no case: the population is
 * walked until `count` cases are open. Returns the children with a case, those whose consent
 * also holds, and how many steps the hub refused.
 */
export async function seedCases(post: Post, seed: string, count: number, population: number, concurrency = 8): Promise<{ children: string[]; complete: string[]; refused: number }> {
  let refused = 0;
  const opened: string[] = [];
  const complete: string[] = [];
  const step = async (caller: SetUpCaller, query: string, input: Record<string, unknown>, field: string) => {
    const result = await post(caller, query, { input });
    const value = result.data?.[field];
    if (result.errors || value == null) refused++;
    return result.errors ? null : value;
  };
  const validUntil = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
  const participant = { organisationId: SIGNALLER.organisation, professionalId: SIGNALLER.professional, professionalName: 'Jeugdverpleegkundige bench', role: SIGNALLER.role };
  let next = 0;
  const worker = async () => {
    while (opened.length < count && next < population) {
      const child = syntheticChild(seed, next++);
      const childId = pseudonymFor(child.bsn, DEMO_PSEUDONYM_KEY);
      const signal = await step('signaller', `mutation ($input: RegisterSignalInput!) { registerSignal(input: $input) { id } }`, { childId, childBirthDate: child.birthDate, contactName: 'Jeugdverpleegkundige' }, 'registerSignal');
      if (!signal) continue;
      const opening = { childId, caseDirectorName: 'Regisseur bench', phase: 3, reason: 'bench', participants: [participant] };
      const openedCase = await step('director', `mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }`, opening, 'openCase');
      if (!openedCase) continue;
      const confirmed = await step('confirmer', `mutation ($input: ConfirmPhaseChangeInput!) { confirmPhaseChange(input: $input) { phase } }`, { caseId: openedCase.id, confirmerName: 'Jeugdverpleegkundige bench' }, 'confirmPhaseChange');
      if (confirmed?.phase !== 3) continue;
      opened.push(childId);
      // The age rule: under 12 the parents consent, from 16 the child, in between both.
      const givers = child.ageAtReference >= 16 ? ['CHILD'] : child.ageAtReference >= 12 ? ['PARENT', 'CHILD'] : ['PARENT'];
      let consent: { id: string; status: string } | null = null;
      for (const givenBy of givers) {
        const input = { childId, childBirthDate: child.birthDate, purpose: 'CASE_DISCUSSION', organisationId: 'gemeente-demo', givenBy, validUntil };
        consent = await step('director', `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id status } }`, input, 'recordConsent');
      }
      // Consent the director records for its own organisation holds once another participant confirms it.
      if (consent?.status === 'AWAITING_CONFIRMATION') {
        consent = await step('confirmer', `mutation ($input: ConfirmConsentInput!) { confirmConsent(input: $input) { id status } }`, { consentId: consent.id, confirmerName: 'Jeugdverpleegkundige bench' }, 'confirmConsent');
      }
      if (consent?.status === 'VALID') complete.push(childId);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { children: opened, complete, refused };
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
