import { generateChildcareData } from '../../demo/partners/childcare/childcareData.ts';
import type { Purpose, Role } from '../../schema/vocabulary.ts';
import { DEMO_PSEUDONYM_KEY } from '../../subgraphs/kit/config.ts';
import { pseudonymFor } from '../../subgraphs/kit/pseudonym.ts';
import { PEOPLE, type GraphQLAnswer, type Person } from '../../subgraphs/casus/test/casusTestbed.ts';
import type { TestHub } from '../harness/testHub.ts';
import type { PopulationOptions } from '../../demo/synthetic/population.ts';

/**
 * The adversarial suite's cast and checks. Attackers are professionals with a valid token who
 * try to get a child's data by creating the facts the rules depend on themselves; every check
 * here asks the same three things of a refusal: the typed reason, nothing written, nothing shown.
 */
export const ATTACKERS = {
  ...PEOPLE,
  /** A childcare organisation that holds no placement of the scenarios' children. */
  pmSpeelhuis: { role: 'CHILDCARE_WORKER', organisation: 'kdv-speelhuis', professional: 'pm-speelhuis', name: 'PM Speelhuis' },
  /** A colleague of the action owner: same organisation, another professional. */
  policeColleague: { role: 'POLICE_OFFICER', organisation: 'politie-basisteam', professional: 'agent-2', name: 'Agent Twee' },
  privacyOfficerEsdoorn: { role: 'PRIVACY_OFFICER', organisation: 'school-esdoorn', professional: 'fg-esdoorn', name: 'FG Esdoorn' },
} satisfies Record<string, Person>;

/** What a caller sees of a refused answer: code, reason, and the mutation's field. */
export function refusal(answer: GraphQLAnswer, field: string) {
  const [error] = answer.body.errors ?? [];
  return { code: error?.extensions?.code as string | undefined, reason: error?.extensions?.reason as string | undefined, value: answer.body.data?.[field] ?? null };
}

/** The secrets that appear anywhere in a response body (ids, names, birth dates, free text). */
export const leaked = (body: unknown, secrets: readonly string[]) => {
  const text = JSON.stringify(body);
  return secrets.filter((secret) => secret !== '' && text.includes(secret));
};

/**
 * A response body as bytes with what legitimately varies between two requests removed (generated
 * ids, timestamps, trace ids), so two refusals can be compared byte for byte.
 */
export const normalised = (body: unknown) =>
  JSON.stringify(body)
    .replace(/\b(sig|case|con|ho|goal|act)_[0-9a-f-]{36}\b/g, '$1_<id>')
    .replace(/\bch_[\w-]{27}\b/g, 'ch_<child>')
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<time>')
    .replace(/00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}/g, '<trace>');

/** A caller of the test hub. */
export type HubCaller = { role: Role; org: string; purpose: Purpose; sub?: string };
export const hubCaller = (role: Role, org: string, purpose: Purpose, sub = `adv-${role.toLowerCase()}-${org}`): HubCaller => ({ role, org, purpose, sub });

/** The municipality's case director of the hub scenarios, and a colleague of the same municipality. */
export const DIRECTOR = hubCaller('CASE_DIRECTOR', 'gemeente-demo', 'CASE_DISCUSSION', 'regisseur-adv');
export const COLLEAGUE = hubCaller('CASE_DIRECTOR', 'gemeente-demo', 'CASE_DISCUSSION', 'regisseur-collega');

/** The data of a hub answer that must succeed, or a failure naming its errors. */
export function ok(answer: Awaited<ReturnType<TestHub['query']>>, field: string): any {
  const value = answer.body.data?.[field];
  if (value === undefined || value === null) throw new Error(`${field} failed: ${answer.status} ${JSON.stringify(answer.body.errors)}`);
  return value;
}

/** Codes of the errors of an answer, by path, for asserting FORBIDDEN_FIELD on exactly the attacked fields. */
export const codesByPath = (body: { errors?: Array<{ path?: (string | number)[]; extensions?: Record<string, any> }> }) =>
  Object.fromEntries((body.errors ?? []).map((error) => [(error.path ?? []).join('.'), error.extensions?.code]));

/** Childcare children of the demo population, with what the childcare system holds on them. */
export function childcareRecordsOf(population: PopulationOptions) {
  const data = generateChildcareData(population);
  return data.children.map((child) => ({
    id: pseudonymFor(child.bsn, DEMO_PSEUDONYM_KEY),
    location: child.locationId,
    hasVveIndication: data.vveIndications.has(child.kindId),
    hasObservations: (data.observations.get(child.kindId)?.length ?? 0) > 0,
    hasHandoverForm: data.handovers.has(child.kindId),
  }));
}

export const MUTATIONS = {
  registerSignal: /* GraphQL */ `mutation ($input: RegisterSignalInput!) { registerSignal(input: $input) { id status involvement organisation { id } } }`,
  withdrawSignal: /* GraphQL */ `mutation ($id: ID!) { withdrawSignal(signalId: $id) { id status } }`,
  openCase: /* GraphQL */ `mutation ($input: OpenCaseInput!) { openCase(input: $input) { id phase version pendingPhaseChange { to } participants { organisation { id } professional { id name } } } }`,
  addParticipant: /* GraphQL */ `mutation ($input: AddParticipantInput!) { addParticipant(input: $input) { id version participants { professional { id name } } } }`,
  changePhase: /* GraphQL */ `mutation ($input: ChangePhaseInput!) { changePhase(input: $input) { id phase version pendingPhaseChange { to } } }`,
  confirmPhaseChange: /* GraphQL */ `mutation ($input: ConfirmPhaseChangeInput!) { confirmPhaseChange(input: $input) { id phase version pendingPhaseChange { to } } }`,
  addGoal: /* GraphQL */ `mutation ($input: AddGoalInput!) { addGoal(input: $input) { id version goals { id description } } }`,
  addAction: /* GraphQL */ `mutation ($input: AddActionInput!) { addAction(input: $input) { id version goals { id actions { id owner { id name } status } } } }`,
  updateAction: /* GraphQL */ `mutation ($input: UpdateActionInput!) { updateAction(input: $input) { id status description } }`,
  closeCase: /* GraphQL */ `mutation ($input: CloseCaseInput!) { closeCase(input: $input) { caseId closedAt } }`,
  recordConsent: /* GraphQL */ `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id status recordedAt validUntil organisation { id } givenBy { giver givenAt } } }`,
  confirmConsent: /* GraphQL */ `mutation ($input: ConfirmConsentInput!) { confirmConsent(input: $input) { id status confirmedBy { id name } } }`,
  withdrawConsent: /* GraphQL */ `mutation ($id: ID!) { withdrawConsent(consentId: $id) { id status withdrawnAt } }`,
  resolveBirthDate: /* GraphQL */ `mutation ($input: ResolveBirthDateInput!) { resolveBirthDate(input: $input) { id version } }`,
  prepareWarmHandover: /* GraphQL */ `mutation ($input: PrepareWarmHandoverInput!) { prepareWarmHandover(input: $input) { id status toSchool { id } fromOrganisation { id } } }`,
} as const;

export type MutationName = keyof typeof MUTATIONS;

/** A warm handover form as a childcare would fill it in; `development` is the special-category text the school may receive. */
export const handoverInput = (childId: string, childBirthDate: string | null, toSchoolId: string, development = 'Taalontwikkeling vraagt aandacht (adv-geheim)') => ({
  childId,
  childBirthDate,
  toSchoolId,
  development,
  vveProgramme: 'Piramide',
  vveDurationMonths: 18,
  pointsOfAttention: ['Zindelijkheid (adv-geheim)'],
});
