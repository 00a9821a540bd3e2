import type { Purpose } from '../../schema/vocabulary.ts';
import type { TestHub } from './testHub.ts';

/** The case director who opens the cases and records CASE_DISCUSSION consent at the case table. */
const DIRECTOR: ConsentRecorder = { role: 'CASE_DIRECTOR', org: 'gemeente-demo', purpose: 'CASE_DISCUSSION', sub: 'regisseur-1' };

type Participant = { org: string; role: string };

/**
 * The organisation that registered the signal each child's case opened from: separation of duties
 * asks a participant of another organisation than the director's to confirm an escalation into
 * AVE phase 3 or 4, or a consent the director records for the municipality; it does so here.
 */
const confirmerOf = new Map<string, Participant>();
const childOfCase = new Map<string, string>();

const asParticipant = (p: Participant, purpose: Purpose = 'CASE_DISCUSSION') => ({
  role: p.role as Parameters<TestHub['query']>[0]['role'],
  org: p.org,
  purpose,
  sub: `prof-${p.org}-0`,
});

function data<T>(result: Awaited<ReturnType<TestHub['query']>>, field: string): T {
  const value = result.body.data?.[field];
  if (value === undefined || value === null) throw new Error(`${field} failed: ${JSON.stringify(result.body.errors)}`);
  return value as T;
}

/** Registers a signal of involvement (no content) by a professional of `org`. */
export async function registerSignal(hub: TestHub, child: { id: string; birthDate: string }, as: { org: string; role: string }): Promise<void> {
  const result = await hub.query(
    { role: as.role as Parameters<TestHub['query']>[0]['role'], org: as.org, purpose: 'SIGNALLING' },
    /* GraphQL */ `mutation ($input: RegisterSignalInput!) { registerSignal(input: $input) { id } }`,
    { input: { childId: child.id, childBirthDate: child.birthDate, contactName: `Contact ${as.org}` } },
  );
  data(result, 'registerSignal');
}

/**
 * Opens a case for a child as the municipality's case director, with the given participating
 * organisations; the first participant registers the signal a case opens from (it must be
 * involved with the child in its own system of record) and confirms an opening phase above 2.
 */
export async function openCase(hub: TestHub, child: { id: string; birthDate: string }, participants: Participant[], phase = 2): Promise<string> {
  const first = participants[0];
  if (!first) throw new Error('a case opens from a signal: name the signalling participant first');
  await registerSignal(hub, child, first);
  const childId = child.id;
  const result = await hub.query(
    DIRECTOR,
    /* GraphQL */ `mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }`,
    {
      input: {
        childId,
        caseDirectorName: 'Regisseur Demo',
        phase,
        reason: 'Zorgen vanuit meerdere domeinen',
        participants: participants.map((p, i) => ({ organisationId: p.org, professionalId: `prof-${p.org}-${i}`, professionalName: `Professional ${i}`, role: p.role })),
      },
    },
  );
  const caseId = data<{ id: string }>(result, 'openCase').id;
  confirmerOf.set(caseId, first);
  childOfCase.set(child.id, caseId);
  if (phase > 2) await confirmPhase(hub, caseId);
  return caseId;
}

async function confirmPhase(hub: TestHub, caseId: string): Promise<void> {
  const confirmer = confirmerOf.get(caseId);
  if (!confirmer) throw new Error(`no participant known to confirm case ${caseId}`);
  const result = await hub.query(asParticipant(confirmer), /* GraphQL */ `mutation ($input: ConfirmPhaseChangeInput!) { confirmPhaseChange(input: $input) { phase } }`, {
    input: { caseId, confirmerName: `Professional ${confirmer.org}` },
  });
  data(result, 'confirmPhaseChange');
}

/** The director changes the phase; an escalation into phase 3 or 4 is confirmed by the case's signalling participant. */
export async function changePhase(hub: TestHub, caseId: string, phase: number, administrativeDirection?: string): Promise<void> {
  const result = await hub.query(DIRECTOR, /* GraphQL */ `mutation ($input: ChangePhaseInput!) { changePhase(input: $input) { phase pendingPhaseChange { to } } }`, {
    input: { caseId, phase, reason: `Naar fase ${phase}`, administrativeDirection },
  });
  if (data<{ pendingPhaseChange: unknown }>(result, 'changePhase').pendingPhaseChange) await confirmPhase(hub, caseId);
}

/** Who records a consent: the case director at the case table, or (warm handover) the childcare that prepared it. */
export type ConsentRecorder = { role: 'CASE_DIRECTOR' | 'CHILDCARE_WORKER'; org: string; purpose: Purpose; sub: string };

/** A childcare worker of `org`, who records WARM_HANDOVER consent for the handovers `org` prepared. */
export const childcareWorker = (org: string): ConsentRecorder => ({ role: 'CHILDCARE_WORKER', org, purpose: 'WARM_HANDOVER', sub: `pm-${org}` });

/** A childcare worker of `fromOrg` prepares the child's warm handover to `toSchoolId`. */
export async function prepareWarmHandover(hub: TestHub, child: { id: string; birthDate: string }, fromOrg: string, toSchoolId: string): Promise<void> {
  const input = {
    childId: child.id,
    childBirthDate: child.birthDate,
    toSchoolId,
    development: 'Ontwikkelt zich leeftijdsadequaat',
    vveProgramme: 'Piramide',
    vveDurationMonths: 12,
    pointsOfAttention: [],
  };
  const result = await hub.query(childcareWorker(fromOrg), /* GraphQL */ `mutation ($input: PrepareWarmHandoverInput!) { prepareWarmHandover(input: $input) { id } }`, { input });
  data(result, 'prepareWarmHandover');
}

async function consentBy(
  hub: TestHub,
  child: { id: string; birthDate: string },
  purpose: Purpose,
  organisationId: string,
  givenBy: string,
  recorder: ConsentRecorder,
): Promise<string> {
  const result = await hub.query(recorder, /* GraphQL */ `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id status } }`, {
    input: { childId: child.id, childBirthDate: child.birthDate, purpose, organisationId, givenBy, validUntil: '2099-12-31' },
  });
  const consent = data<{ id: string; status: string }>(result, 'recordConsent');
  if (consent.status === 'AWAITING_CONFIRMATION') await confirmConsent(hub, child.id, consent.id);
  return consent.id;
}

/** The director recorded consent for their own organisation: the case's signalling participant confirms it. */
async function confirmConsent(hub: TestHub, childId: string, consentId: string): Promise<void> {
  const confirmer = confirmerOf.get(childOfCase.get(childId) ?? '');
  if (!confirmer) throw new Error(`no participant known to confirm the consent for child ${childId}`);
  const result = await hub.query(asParticipant(confirmer), /* GraphQL */ `mutation ($input: ConfirmConsentInput!) { confirmConsent(input: $input) { status } }`, {
    input: { consentId, confirmerName: `Professional ${confirmer.org}` },
  });
  data(result, 'confirmConsent');
}

/**
 * Records a parent's consent (the child is under 12) for a purpose and receiving organisation. By
 * default as the case director, which needs the child's case open with that organisation in it.
 */
export const recordParentConsent = (hub: TestHub, child: { id: string; birthDate: string }, purpose: Purpose, organisationId: string, recorder: ConsentRecorder = DIRECTOR) =>
  consentBy(hub, child, purpose, organisationId, 'PARENT', recorder);

/** Records consent by whoever the age rule asks for: parent under 12, both from 12 to 15, the young person from 16. */
export async function recordConsent(
  hub: TestHub,
  child: { id: string; birthDate: string; age: number },
  purpose: Purpose,
  organisationId: string,
  recorder: ConsentRecorder = DIRECTOR,
): Promise<string> {
  const givers = child.age < 12 ? ['PARENT'] : child.age < 16 ? ['PARENT', 'CHILD'] : ['CHILD'];
  let id = '';
  for (const giver of givers) id = await consentBy(hub, child, purpose, organisationId, giver, recorder);
  return id;
}

export async function withdrawConsent(hub: TestHub, consentId: string): Promise<void> {
  data(await hub.query(DIRECTOR, /* GraphQL */ `mutation ($id: ID!) { withdrawConsent(consentId: $id) { status } }`, { id: consentId }), 'withdrawConsent');
}

export async function closeCase(hub: TestHub, caseId: string): Promise<void> {
  data(await hub.query(DIRECTOR, /* GraphQL */ `mutation ($input: CloseCaseInput!) { closeCase(input: $input) { closedAt } }`, { input: { caseId, reason: 'Doelen bereikt' } }), 'closeCase');
}
