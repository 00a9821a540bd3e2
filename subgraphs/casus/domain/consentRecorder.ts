import type { Caller } from '../../../schema/caller.ts';
import type { Purpose } from '../../../schema/vocabulary.ts';
import { refuse } from '../casusErrors.ts';
import type { ChildFile, ConsentRecord } from '../records.ts';
import { isCaseDirector, openCaseOf, takesPart } from './caseAccess.ts';

/**
 * Who may record and withdraw consent (AVG art. 7 lid 1: the controller must be able to show that
 * consent was given, so it is recorded where it is obtained). Before this rule any professional
 * could record "the parents' consent" for its own organisation and so release consent-gated data
 * to itself; now nobody records consent for their own benefit alone:
 * - CASE_DISCUSSION consent is obtained at the case table: recorded by the case director
 *   (regisseur) of the child's open case, for an organisation that takes part in that case;
 * - WARM_HANDOVER consent is obtained by the childcare (the parents sign the handover form):
 *   recorded by a childcare worker of the organisation that prepared the child's warm handover,
 *   for that handover's receiving school.
 */
export function mayRecordConsent(file: ChildFile, purpose: Purpose, organisationId: string, caller: Caller): boolean {
  switch (purpose) {
    case 'CASE_DISCUSSION': {
      const open = openCaseOf(file);
      return open !== null && isCaseDirector(open, caller) && takesPart(open, organisationId);
    }
    case 'WARM_HANDOVER':
      return (
        caller.role === 'CHILDCARE_WORKER' &&
        file.handovers.some((h) => h.fromOrganisationId === caller.organisation && h.toSchoolId === organisationId)
      );
    default:
      return false;
  }
}

/**
 * Refuses anyone else with one fixed answer, whether or not the child has a file, a case or a
 * handover, so the refusal reveals nothing about the child.
 */
export function requireConsentRecorder(file: ChildFile, purpose: Purpose, organisationId: string, caller: Caller): void {
  if (mayRecordConsent(file, purpose, organisationId, caller)) return;
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
