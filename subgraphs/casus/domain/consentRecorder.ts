import type { Caller } from '../../../schema/caller.ts';
import type { Purpose } from '../../../schema/vocabulary.ts';
import { refuse } from '../casusErrors.ts';
import type { ChildFile, ConsentRecord } from '../records.ts';
import type { ChildChange } from '../store/casusStore.ts';
import { isCaseDirector, openCaseOf, takesPart } from './caseAccess.ts';
import { requireIndependentConfirmer } from './phase.ts';
import { requireText } from './validate.ts';

/**
 * Who may record and withdraw consent (AVG art. 7 lid 1: the controller must be able to show that
 * consent was given, so it is recorded where it is obtained), and the context it is given for.
 * Nobody records consent for their own benefit alone:
 * - CASE_DISCUSSION consent is obtained at the case table: recorded by the case director
 *   (regisseur) of the child's open case, for an organisation that takes part in that case, and
 *   bound to that case; for the director's own organisation it holds only once a participant of
 *   another organisation confirms it (`confirmConsent`);
 * - WARM_HANDOVER consent is obtained by the childcare (the parents sign the handover form):
 *   recorded by a childcare worker of the organisation that prepared the child's warm handover
 *   (which it could only do while holding the child's placement), for that handover's receiving
 *   school, and bound to that handover.
 * Returns the context id, or null when the caller may not record it.
 */
export function consentContextFor(file: ChildFile, purpose: Purpose, organisationId: string, caller: Caller): string | null {
  switch (purpose) {
    case 'CASE_DISCUSSION': {
      const open = openCaseOf(file);
      return open !== null && isCaseDirector(open, caller) && takesPart(open, organisationId) ? open.id : null;
    }
    case 'WARM_HANDOVER': {
      if (caller.role !== 'CHILDCARE_WORKER') return null;
      const handovers = file.handovers.filter((h) => h.fromOrganisationId === caller.organisation && h.toSchoolId === organisationId);
      return handovers.at(-1)?.id ?? null;
    }
    default:
      return null;
  }
}

/**
 * Refuses anyone else with one fixed answer, whether or not the child has a file, a case or a
 * handover, so the refusal reveals nothing about the child. Returns the consent's context.
 */
export function requireConsentRecorder(file: ChildFile, purpose: Purpose, organisationId: string, caller: Caller): string {
  const contextId = consentContextFor(file, purpose, organisationId, caller);
  if (contextId !== null) return contextId;
  throw refuse(
    'NOT_ENTITLED_TO_RECORD_CONSENT',
    "You may not record this consent: CASE_DISCUSSION consent is recorded by the case director of the child's open case, " +
      "for an organisation taking part in it; WARM_HANDOVER consent by the childcare organisation that prepared the child's warm handover, for its receiving school.",
  );
}

/**
 * Withdrawal must be as easy as giving (AVG art. 7 lid 3), and it only ever narrows what is
 * shared, so more parties may do it than may record: the organisation that recorded the consent
 * (the family goes back to whom they gave it), the receiving organisation (it gives up its own
 * access; a parent who tells the school is not sent elsewhere), and the case director of the
 * child's open case (who coordinates consent at the case table, also one an earlier director
 * recorded). Everyone else is told, as for an unknown id, that there is no such consent.
 */
export const mayWithdrawConsent = (file: ChildFile, consent: ConsentRecord, caller: Caller): boolean => {
  if (consent.recordedByOrganisationId === caller.organisation || consent.organisationId === caller.organisation) return true;
  const open = openCaseOf(file);
  return open !== null && isCaseDirector(open, caller);
};

/**
 * A participant of another organisation confirms a consent the case director recorded for their
 * own organisation: the second pair of eyes that separation of duties asks for. Anyone who may not
 * confirm it is told, as for an unknown id, that there is no such consent.
 */
export function confirmConsent(
  file: ChildFile,
  input: { consentId: string; confirmerName: string },
  caller: Caller,
  now: Date,
  involved: boolean,
): ChildChange<ConsentRecord> {
  const name = requireText(input.confirmerName, 'confirmerName', 200);
  const { consentId } = input;
  const open = openCaseOf(file);
  const consent = file.consents.find(
    (c) =>
      c.id === consentId &&
      open !== null &&
      c.contextId === open.id &&
      takesPart(open, caller.organisation) &&
      caller.organisation !== c.organisationId &&
      caller.organisation !== c.recordedByOrganisationId,
  );
  // The words of an unknown id (`changeFileOf`), so an outsider cannot tell that this id exists.
  if (!consent) throw refuse('NOT_FOUND', 'No consent of your organisation has this id.');
  const confirmation = consent.confirmation;
  if (!confirmation?.required || confirmation.confirmedBy) throw refuse('NOTHING_TO_CONFIRM', 'This consent needs no (further) confirmation.');
  if (open) requireIndependentConfirmer(open, caller, involved, 'A consent the case director recorded for their own organisation');
  confirmation.confirmedBy = { professionalId: caller.professional, organisationId: caller.organisation, at: now.toISOString() };
  return { result: consent, professionals: [{ id: caller.professional, name, organisationId: caller.organisation }] };
}
