import { PEOPLE, childId, dataOf, type CasusTestbed, type Person } from './casusTestbed.ts';
import { CHANGE_PHASE, CONFIRM_CONSENT, CONFIRM_PHASE_CHANGE, OPEN_CASE, RECORD_CONSENT, REGISTER_SIGNAL } from './operations.ts';
import type { TestClock } from './testClock.ts';

/** The birth dates `caseFromMatch` signalled, which the director gives again with a consent (the age rule uses the recorder's own date). */
const signalledBirthDates = new WeakMap<CasusTestbed, Map<string, string>>();

/** A participant as `openCase` and `addParticipant` take it. */
export const participant = (person: Person) => ({
  organisationId: person.organisation,
  professionalId: person.professional,
  professionalName: person.name,
  role: person.role,
});

/**
 * The case director proposes `phase` and, where an escalation into phase 3 or 4 needs it, a
 * participant of another organisation (`confirmer`, default the JGZ) confirms. Returns the case.
 */
export async function escalate(bed: CasusTestbed, caseId: string, phase: number, confirmer: Person = PEOPLE.jgz) {
  const proposed = dataOf(
    await bed.as(PEOPLE.director, 'CASE_DISCUSSION')(CHANGE_PHASE, {
      input: { caseId, phase, reason: `Naar fase ${phase}`, administrativeDirection: phase === 4 ? 'Burgemeester' : null },
    }),
  ).changePhase;
  if (proposed.phase === phase) return proposed;
  return dataOf(await bed.as(confirmer, 'CASE_DISCUSSION')(CONFIRM_PHASE_CHANGE, { input: { caseId, confirmerName: confirmer.name } })).confirmPhaseChange;
}

/**
 * Child `n` (aged 9) signalled by the Esdoorn school and the GGD, and its case opened by the
 * case director with the police as an extra participant; opened in phase 2 and, for phase 3 or
 * 4, escalated with the JGZ's confirmation. Returns the child and the opened case.
 */
export async function caseFromMatch(bed: CasusTestbed, clock: TestClock, n: number, phase = 2) {
  const child = childId(n);
  const childBirthDate = clock.birthDateForAge(9);
  if (!signalledBirthDates.has(bed)) signalledBirthDates.set(bed, new Map());
  signalledBirthDates.get(bed)?.set(child, childBirthDate);
  for (const person of [PEOPLE.ibEsdoorn, PEOPLE.jgz]) {
    dataOf(await bed.as(person, 'SIGNALLING')(REGISTER_SIGNAL, { input: { childId: child, childBirthDate, contactName: person.name } }));
  }
  const opened = dataOf(
    await bed.as(PEOPLE.director, 'CASE_DISCUSSION')(OPEN_CASE, {
      input: { childId: child, caseDirectorName: PEOPLE.director.name, reason: 'Zorgen op school en bij de JGZ', participants: [participant(PEOPLE.police)] },
    }),
  ).openCase;
  if (phase > 2) await escalate(bed, opened.id, phase);
  return { child, caseId: opened.id as string, opened };
}

/**
 * The parents' consent (child under 12) for `purpose` to `person`'s organisation. Recorded by the
 * case director for their own organisation, it is confirmed by the Esdoorn school, a participant
 * of another organisation, so it holds.
 */
export async function parentsConsent(
  bed: CasusTestbed,
  child: string,
  person: Person,
  purpose: 'CASE_DISCUSSION' | 'WARM_HANDOVER',
  validUntil = '2030-12-31',
  childBirthDate = signalledBirthDates.get(bed)?.get(child),
) {
  const recorder = purpose === 'WARM_HANDOVER' ? PEOPLE.pm : PEOPLE.director;
  const recorded = dataOf(
    await bed.as(recorder, purpose)(RECORD_CONSENT, {
      input: { childId: child, purpose, organisationId: person.organisation, givenBy: 'PARENT', validUntil, childBirthDate },
    }),
  ).recordConsent;
  if (recorded.status !== 'AWAITING_CONFIRMATION') return recorded;
  const confirmed = dataOf(
    await bed.as(PEOPLE.ibEsdoorn, 'CASE_DISCUSSION')(CONFIRM_CONSENT, { input: { consentId: recorded.id, confirmerName: PEOPLE.ibEsdoorn.name } }),
  ).confirmConsent;
  return { ...recorded, status: confirmed.status };
}
