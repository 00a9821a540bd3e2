import { randomUUID } from 'node:crypto';
import type { Caller } from '../../../schema/caller.ts';
import type { Purpose } from '../../../schema/vocabulary.ts';
import { refuse } from '../casusErrors.ts';
import type { ChildFile, ConsentGiver, ConsentRecord } from '../records.ts';
import type { ChildChange } from '../store/casusStore.ts';
import { ageRuleBirthDate, reportBirthDate, requireAgeRuleBirthDate } from './birthDate.ts';
import { mayWithdrawConsent, requireConsentRecorder } from './consentRecorder.ts';
import { ageOn, consentComplete, entitledGivers, mayGive } from './consentRule.ts';
import { requireBirthDate, requireChildId, requireDate, requireOrganisation } from './validate.ts';

/** Purposes for which the covenant asks consent (AVE phase 2, warm handover); others rest on law. */
export const CONSENT_PURPOSES: readonly Purpose[] = ['CASE_DISCUSSION', 'WARM_HANDOVER'];

export type ConsentStatus = 'PENDING' | 'VALID' | 'EXPIRED' | 'WITHDRAWN';

export interface RecordConsentInput {
  childId: string;
  /** Only needed when the hub has no birth date for the child yet; kept as the recorder's report. */
  childBirthDate?: string | null;
  purpose: Purpose;
  organisationId: string;
  givenBy: ConsentGiver;
  validUntil: string;
}

const endOfDay = (isoDate: string) => new Date(`${isoDate}T23:59:59.999Z`);

/**
 * A consent's status at `now`. The age rule is applied at the moment of use as well, so a
 * parents-only consent lapses on the child's twelfth birthday until the child consents too, and
 * no consent is valid while the child's birth date is unknown or disputed (the rule cannot decide).
 */
export function consentStatus(consent: ConsentRecord, file: ChildFile, now: Date): ConsentStatus {
  if (consent.withdrawnAt !== null && new Date(consent.withdrawnAt) <= now) return 'WITHDRAWN';
  if (endOfDay(consent.validUntil) < now) return 'EXPIRED';
  const birthDate = ageRuleBirthDate(file);
  if (birthDate === null) return 'PENDING';
  const complete = consentComplete(ageOn(birthDate, now), consent.givings.map((g) => g.giver));
  return complete ? 'VALID' : 'PENDING';
}

/** A valid consent for this child, purpose and receiving organisation exists at `now`. */
export const hasValidConsent = (file: ChildFile, purpose: Purpose, organisationId: string, now: Date): boolean =>
  file.consents.some(
    (c) => c.purpose === purpose && c.organisationId === organisationId && consentStatus(c, file, now) === 'VALID',
  );

/**
 * Records one giver's consent for (child, purpose, receiving organisation). A second giver's part
 * (the child after the parents, 12 to 15) joins the same consent; a giver the age rule does not
 * entitle is refused. A later part cannot extend the period: the earliest `validUntil` holds.
 *
 * The input's shape is checked here, before the store is read, so a malformed request gets the
 * same answer whatever the hub holds. The returned change then asks, in this order, whether the
 * caller may record this consent at all (`consentRecorder.ts`), and only then anything about the
 * child's birth date, so only an entitled recorder learns whether a date is known.
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
    requireConsentRecorder(file, input.purpose, input.organisationId, caller);
    reportBirthDate(file, caller.organisation, given);
    const age = ageOn(requireAgeRuleBirthDate(file), now);
    if (!mayGive(age, input.givenBy)) {
      throw refuse('NOT_ENTITLED_TO_CONSENT', `A ${input.givenBy.toLowerCase()} may not give this consent: ${entitledGivers(age)}.`, {
        givenBy: input.givenBy,
      });
    }
    const giving = { giver: input.givenBy, givenAt: now.toISOString(), recordedBy: caller.professional };
    const open = file.consents.find(
      (c) => c.purpose === input.purpose && c.organisationId === input.organisationId && ['PENDING', 'VALID'].includes(consentStatus(c, file, now)),
    );
    if (open) {
      if (!open.givings.some((g) => g.giver === input.givenBy)) open.givings.push(giving);
      if (validUntil < open.validUntil) open.validUntil = validUntil;
      return { result: open };
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
