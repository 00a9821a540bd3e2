import type { Caller } from '../../../schema/caller.ts';
import { refuse } from '../casusErrors.ts';
import type { BirthDates, CaseRecord, ChildFile } from '../records.ts';
import type { ChildChange } from '../store/casusStore.ts';
import { isCaseDirector, openCaseOf } from './caseAccess.ts';
import { requireBirthDate, requireChildId } from './validate.ts';

/**
 * The child's birth date, kept only for the consent age rule (AVG art. 8; UAVG art. 5). Each
 * organisation's report is kept apart and used only for the consents that organisation records:
 * when the first writer's date won, an unrelated organisation could steer the age rule; when a
 * differing report made the date "disputed" for everyone, a wrong guess turned another
 * organisation's valid consent into PENDING and answered BIRTH_DATE_DISPUTED, which told the guesser
 * a date was on file. Now a report changes and reveals nothing of anyone else's consent; only the
 * case director's settled date (checked with the family) decides for every consent.
 */

/** The report key for a date from a file written before reports were kept per organisation. */
const EARLIER_UNATTRIBUTED = '(unattributed)';

/** The date the case director settled, which decides the age rule for every consent. */
export const settledBirthDate = (file: ChildFile): string | null => file.birthDates?.settled ?? null;

/**
 * The date a new consent of `organisationId` is recorded with: the settled date, else that
 * organisation's own report. Otherwise a typed refusal that depends on the recorder's own reports
 * only, never on whether anyone else reported a date.
 */
export function consentBirthDate(file: ChildFile, organisationId: string): string {
  const date = settledBirthDate(file) ?? file.birthDates?.reported[organisationId] ?? null;
  if (date !== null) return date;
  throw refuse('BIRTH_DATE_REQUIRED', 'childBirthDate is needed to apply the consent age rule: your organisation has given none for this child.');
}

/** The file's birth dates, ready to change; an unattributed date of an older file becomes a report of its own. */
function writable(file: ChildFile): BirthDates {
  const dates = (file.birthDates ??= { reported: {}, settled: null });
  if (file.birthDate) dates.reported[EARLIER_UNATTRIBUTED] ??= file.birthDate;
  delete file.birthDate;
  return dates;
}

/**
 * Keeps the date `organisationId` gives (its own later report replaces its earlier one, so it can
 * correct its own mistake, never another's). Once the date is settled, reports are not kept.
 */
export function reportBirthDate(file: ChildFile, organisationId: string, date: string | null | undefined): void {
  if (date === null || date === undefined) return;
  const dates = writable(file);
  if (dates.settled === null) dates.reported[organisationId] = date;
}

/**
 * The case director of the child's open case settles the birth date (after checking it with the
 * family): it decides the age rule from then on, and the reports it replaces are dropped (minimal
 * data). The input's shape is checked when the change is built, before the store is read.
 */
export function resolveBirthDate(input: { childId: string; birthDate: string }, caller: Caller, now: Date): (file: ChildFile) => ChildChange<CaseRecord> {
  requireChildId(input.childId);
  const birthDate = requireBirthDate(input.birthDate, now, 'birthDate');
  return (file) => {
    const open = openCaseOf(file);
    // One answer for no file, no case and another director's case: it reveals nothing of the child.
    if (!open || !isCaseDirector(open, caller)) {
      throw refuse('NOT_CASE_DIRECTOR', "Only the case director of the child's open case may settle its birth date.");
    }
    const dates = writable(file);
    dates.settled = birthDate;
    dates.reported = {};
    // The settled date decides the age rule of every consent, so a consent the director recorded for
    // their own organisation must be confirmed again: else settling a date would complete it alone.
    for (const consent of file.consents) if (consent.confirmation?.required) consent.confirmation.confirmedBy = null;
    return { result: open };
  };
}
