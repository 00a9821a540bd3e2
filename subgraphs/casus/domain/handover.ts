import { randomUUID } from 'node:crypto';
import type { Caller } from '../../../schema/caller.ts';
import { covenantOrganisations } from '../../../schema/covenant.ts';
import { refuse } from '../casusErrors.ts';
import type { ChildFile, HandoverRecord } from '../records.ts';
import type { ChildChange } from '../store/casusStore.ts';
import { consentStatus } from './consent.ts';
import { reportBirthDate } from './birthDate.ts';
import { callerOrganisationOfType, requireBirthDate, requireChildId, requireText, requireWhole } from './validate.ts';

export interface PrepareHandoverInput {
  childId: string;
  childBirthDate?: string | null;
  toSchoolId: string;
  development: string;
  vveProgramme: string;
  vveDurationMonths: number;
  pointsOfAttention: readonly string[];
}

/** Most points of attention on one handover form. */
const MAX_POINTS = 20;

/**
 * A childcare worker prepares the warm handover (warme overdracht) of a child moving to primary
 * school. Only the childcare holding the child's placement may (the resolver asks the childcare
 * system before this change runs), so no childcare can prepare a handover, record "the parents'
 * consent" and launder another's records to a school. It may be prepared before consent, but the
 * school sees it only once the parents' consent for this handover is valid (the schema's rule on
 * every content field), and only the preparing childcare may record that consent (`consentRecorder.ts`).
 *
 * Every input check runs here, before the store is read: when the birth date was compared first,
 * a wrong and a right date gave different errors next to a too-long list, which told anyone the
 * recorded birth date. The date is now only this organisation's report (`birthDate.ts`).
 */
export function prepareHandover(input: PrepareHandoverInput, caller: Caller, now: Date): (file: ChildFile) => ChildChange<HandoverRecord> {
  requireChildId(input.childId);
  callerOrganisationOfType(caller.organisation, 'CHILDCARE', 'prepare a warm handover to primary school');
  const school = covenantOrganisations().find((org) => org.id === input.toSchoolId && org.type === 'SCHOOL');
  if (!school) throw refuse('UNKNOWN_SCHOOL', 'toSchoolId is not a school of the covenant; a warm handover goes to a school.');
  const birthDate = input.childBirthDate ?? null;
  if (birthDate !== null) requireBirthDate(birthDate, now);
  if (input.pointsOfAttention.length > MAX_POINTS) throw refuse('INVALID_INPUT', `pointsOfAttention holds at most ${MAX_POINTS} points.`);
  const content = {
    development: requireText(input.development, 'development', 4000),
    vveProgramme: requireText(input.vveProgramme, 'vveProgramme', 200),
    vveDurationMonths: requireWhole(input.vveDurationMonths, 'vveDurationMonths', 0, 72),
    pointsOfAttention: input.pointsOfAttention.map((point, i) => requireText(point, `pointsOfAttention[${i}]`, 500)),
  };
  return (file) => {
    reportBirthDate(file, caller.organisation, birthDate);
    const handover: HandoverRecord = {
      id: `ho_${randomUUID()}`,
      childId: file.childId,
      fromOrganisationId: caller.organisation,
      toSchoolId: school.id,
      preparedBy: caller.professional,
      preparedAt: now.toISOString(),
      ...content,
    };
    file.handovers.push(handover);
    return { result: handover };
  };
}

/**
 * Released to the receiving school: the parents' consent given for this handover holds now. A
 * consent recorded for another handover (another childcare's) neither releases nor shows this one.
 */
export const handoverReleased = (file: ChildFile, handover: HandoverRecord, now: Date) =>
  file.consents.some((c) => c.purpose === 'WARM_HANDOVER' && c.contextId === handover.id && consentStatus(c, file, now) === 'VALID');
