import type { ChildFile, ConsentRecord } from '../records.ts';
import { openCaseOf } from './caseAccess.ts';

/**
 * Consent belongs to its context (AVG art. 6(1)(a): consent is specific). CASE_DISCUSSION consent
 * is given for one case and ends when that case closes; WARM_HANDOVER consent is given for one
 * handover form. A consent without a recorded context (from before contexts were kept) counts as
 * ended: default deny.
 */
export function contextEnded(consent: ConsentRecord, file: ChildFile): boolean {
  if (consent.endedAt) return true;
  if (!consent.contextId) return true;
  switch (consent.purpose) {
    case 'CASE_DISCUSSION':
      return openCaseOf(file)?.id !== consent.contextId;
    case 'WARM_HANDOVER':
      return !file.handovers.some((handover) => handover.id === consent.contextId);
    default:
      return true;
  }
}

/** Closing a case ends every consent given for it, at once and on the record. */
export function endConsentsOf(file: ChildFile, contextId: string, now: Date): void {
  for (const consent of file.consents) {
    if (consent.contextId === contextId && !consent.endedAt && !consent.withdrawnAt) consent.endedAt = now.toISOString();
  }
}
