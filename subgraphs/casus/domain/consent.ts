import { randomUUID } from 'node:crypto';
import type { Caller } from '../../../schema/caller.ts';
import type { Purpose } from '../../../schema/vocabulary.ts';
import { refuse } from '../casusErrors.ts';
import type { ChildFile, ConsentGiver, ConsentRecord } from '../records.ts';
import type { ChildChange } from '../store/casusStore.ts';
import { consentBirthDate, reportBirthDate, settledBirthDate } from './birthDate.ts';
import { contextEnded } from './consentContext.ts';
import { mayWithdrawConsent, requireConsentRecorder } from './consentRecorder.ts';
import { ageOn, consentComplete, entitledGivers, mayGive } from './consentRule.ts';
import { requireBirthDate, requireChildId, requireDate, requireOrganisation } from './validate.ts';

/** Purposes for which the covenant asks consent (AVE phase 2, warm handover); others rest on law. */
export const CONSENT_PURPOSES: readonly Purpose[] = ['CASE_DISCUSSION', 'WARM_HANDOVER'];

export type ConsentStatus = 'AWAITING_CONFIRMATION' | 'PENDING' | 'VALID' | 'EXPIRED' | 'WITHDRAWN' | 'ENDED';

export interface RecordConsentInput {
  childId: string;
  /** Needed when the recorder's organisation gave no birth date for the child yet; kept as its report. */
  childBirthDate?: string | null;
  purpose: Purpose;
  organisationId: string;
  givenBy: ConsentGiver;
  validUntil: string;
}

const endOfDay = (isoDate: string) => new Date(`${isoDate}T23:59:59.999Z`);

/** The date the age rule uses for a consent: the settled date, else the one it was recorded with. */
const ageRuleDate = (consent: ConsentRecord, file: ChildFile) => settledBirthDate(file) ?? consent.birthDate ?? null;

/**
 * A consent's status at `now`. It holds only within its context (its case still open, its
 * handover still there), once confirmed where the recorder is also the receiver, and while the
 * age rule is met on the date it was recorded with: so a parents-only consent lapses on the
 * child's twelfth birthday until the child consents too. Another organisation's birth date never
 * changes it; the case director's settled date does.
 */
export function consentStatus(consent: ConsentRecord, file: ChildFile, now: Date): ConsentStatus {
  if (consent.withdrawnAt !== null && new Date(consent.withdrawnAt) <= now) return 'WITHDRAWN';
  if (contextEnded(consent, file)) return 'ENDED';
  if (endOfDay(consent.validUntil) < now) return 'EXPIRED';
  if (consent.confirmation?.required && !consent.confirmation.confirmedBy) return 'AWAITING_CONFIRMATION';
  const birthDate = ageRuleDate(consent, file);
  if (birthDate === null) return 'PENDING';
  return consentComplete(ageOn(birthDate, now), consent.givings.map((g) => g.giver)) ? 'VALID' : 'PENDING';
}

/** A valid consent for this child, purpose and receiving organisation exists at `now`. */
export const hasValidConsent = (file: ChildFile, purpose: Purpose, organisationId: string, now: Date): boolean =>
  file.consents.some((c) => c.purpose === purpose && c.organisationId === organisationId && consentStatus(c, file, now) === 'VALID');

const stillOpen = (status: ConsentStatus) => status === 'PENDING' || status === 'VALID' || status === 'AWAITING_CONFIRMATION';

/**
 * Records one giver's consent for (child, purpose, receiving organisation), in its context. A
 * second giver's part (the child after the parents, 12 to 15) joins the same consent, but only a
 * consent this organisation recorded in this context: another organisation's consent is never
 * found, changed or shown here. A later part cannot extend the period: the earliest `validUntil` holds.
 *
 * The input's shape is checked here, before the store is read. The returned change then asks
 * whether the caller may record this consent at all (`consentRecorder.ts`), and only then for a
 * birth date, which is the caller's own report or the settled one, never another organisation's.
 */
export function recordConsent(input: RecordConsentInput, caller: Caller, now: Date): (file: ChildFile) => ChildChange<ConsentRecord> {
  requireChildId(input.childId);
  if (!CONSENT_PURPOSES.includes(input.purpose)) {
    throw refuse('INVALID_INPUT', `Consent is recorded for purpose ${CONSENT_PURPOSES.join(' or ')}; ${input.purpose} rests on a legal basis.`);
  }
  requireOrganisation(input.organisationId, 'organisationId');
  const validUntil = requireDate(input.validUntil, 'validUntil');
  if (endOfDay(validUntil) < now) throw refuse('INVALID_INPUT', 'validUntil must not lie in the past.');
  const given = input.childBirthDate ?? null;
  if (given !== null) requireBirthDate(given, now);
  return (file) => {
    const contextId = requireConsentRecorder(file, input.purpose, input.organisationId, caller);
    reportBirthDate(file, caller.organisation, given);
    const birthDate = consentBirthDate(file, caller.organisation);
    const age = ageOn(birthDate, now);
    if (!mayGive(age, input.givenBy)) {
      throw refuse('NOT_ENTITLED_TO_CONSENT', `A ${input.givenBy.toLowerCase()} may not give this consent: ${entitledGivers(age)}.`, {
        givenBy: input.givenBy,
      });
    }
    const giving = { giver: input.givenBy, givenAt: now.toISOString(), recordedBy: caller.professional };
    const own = file.consents.find(
      (c) =>
        c.purpose === input.purpose &&
        c.organisationId === input.organisationId &&
        c.recordedByOrganisationId === caller.organisation &&
        c.contextId === contextId &&
        stillOpen(consentStatus(c, file, now)),
    );
    if (own) {
      const changed = !own.givings.some((g) => g.giver === input.givenBy) || own.birthDate !== birthDate;
      if (!own.givings.some((g) => g.giver === input.givenBy)) own.givings.push(giving);
      if (validUntil < own.validUntil) own.validUntil = validUntil;
      own.birthDate = birthDate;
      // What the second organisation confirmed was this consent as it stood: a new part needs its eyes again.
      if (changed && own.confirmation?.required) own.confirmation.confirmedBy = null;
      return { result: own };
    }
    const consent: ConsentRecord = {
      id: `con_${randomUUID()}`,
      childId: file.childId,
      purpose: input.purpose,
      organisationId: input.organisationId,
      recordedByOrganisationId: caller.organisation,
      givings: [giving],
      validUntil,
      recordedAt: now.toISOString(),
      withdrawnAt: null,
      contextId,
      endedAt: null,
      birthDate,
      // Separation of duties: whoever records consent for their own organisation needs a second organisation.
      confirmation: input.organisationId === caller.organisation ? { required: true, confirmedBy: null } : null,
    };
    file.consents.push(consent);
    return { result: consent };
  };
}

/** Involved in a consent: the receiving organisation or the one that recorded it (who see it on `Child.consents`). */
export const involvedInConsent = (consent: ConsentRecord, organisationId: string) =>
  consent.organisationId === organisationId || consent.recordedByOrganisationId === organisationId;

/** Withdraws a consent, at once: every grant that rested on it ends with this write. Who may: `mayWithdrawConsent`. */
export function withdrawConsent(file: ChildFile, consentId: string, caller: Caller, now: Date): ChildChange<ConsentRecord> {
  const consent = file.consents.find((c) => c.id === consentId && mayWithdrawConsent(file, c, caller));
  if (!consent) throw refuse('NOT_FOUND', 'No consent of your organisation has this id.');
  consent.withdrawnAt ??= now.toISOString();
  return { result: consent };
}
