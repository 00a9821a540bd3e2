import { PEOPLE, childId, dataOf, type CasusTestbed, type Person } from './casusTestbed.ts';
import { OPEN_CASE, RECORD_CONSENT, REGISTER_SIGNAL } from './operations.ts';
import type { TestClock } from './testClock.ts';

/** A participant as `openCase` and `addParticipant` take it. */
export const participant = (person: Person) => ({
  organisationId: person.organisation,
  professionalId: person.professional,
  professionalName: person.name,
  role: person.role,
});

/**
 * Child `n` (aged 9) signalled by the Esdoorn school and the GGD, and its case opened by the
 * case director with the police as an extra participant. Returns the child and the opened case.
 */
export async function caseFromMatch(bed: CasusTestbed, clock: TestClock, n: number, phase = 2) {
  const child = childId(n);
  for (const person of [PEOPLE.ibEsdoorn, PEOPLE.jgz]) {
    dataOf(
      await bed.as(person, 'SIGNALLING')(REGISTER_SIGNAL, {
        input: { childId: child, childBirthDate: clock.birthDateForAge(9), contactName: person.name },
      }),
    );
  }
  const opened = dataOf(
    await bed.as(PEOPLE.director, 'CASE_DISCUSSION')(OPEN_CASE, {
      input: {
        childId: child,
        caseDirectorName: PEOPLE.director.name,
        phase,
        reason: 'Zorgen op school en bij de JGZ',
        administrativeDirection: phase === 4 ? 'Burgemeester' : null,
        participants: [participant(PEOPLE.police)],
      },
    }),
  ).openCase;
  return { child, caseId: opened.id as string, opened };
}

/** The parents' consent (child under 12) for `purpose` to `person`'s organisation. */
export async function parentsConsent(bed: CasusTestbed, child: string, person: Person, purpose: 'CASE_DISCUSSION' | 'WARM_HANDOVER', validUntil = '2030-12-31') {
  const recorder = purpose === 'WARM_HANDOVER' ? PEOPLE.pm : PEOPLE.director;
  return dataOf(
    await bed.as(recorder, purpose)(RECORD_CONSENT, {
      input: { childId: child, purpose, organisationId: person.organisation, givenBy: 'PARENT', validUntil },
    }),
  ).recordConsent;
}
