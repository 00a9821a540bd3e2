import type { Caller } from '../../../schema/caller.ts';
import { refuse } from '../casusErrors.ts';
import type { BirthDates, CaseRecord, ChildFile } from '../records.ts';
import type { ChildChange } from '../store/casusStore.ts';
import { isCaseDirector, openCaseOf } from './caseAccess.ts';
import { requireBirthDate, requireChildId } from './validate.ts';

/**
 * The child's birth date, kept only for the consent age rule (AVG art. 8; UAVG art. 5). Each
 * organisation's report is kept apart: when the first writer's date simply won, an unrelated
 * organisation could signal a false date, steer the age rule (who must consent) and then block the
 * real signaller with a mismatch error. Now a differing date is never refused (which would also
 * confirm the stored date to whoever guessed it); it makes the date disputed, and while disputed
 * the age rule decides nothing until the case director settles the date.
 */
export type BirthDateState = { kind: 'NONE' } | { kind: 'AGREED'; date: string } | { kind: 'DISPUTED' };

/** The report key for a date from a file written before reports were kept per organisation. */
const EARLIER_UNATTRIBUTED = '(unattributed)';

export function birthDateState(file: ChildFile): BirthDateState {
  const settled = file.birthDates?.settled ?? null;
  if (settled !== null) return { kind: 'AGREED', date: settled };
  const dates = new Set(Object.values(file.birthDates?.reported ?? {}));
  if (file.birthDate) dates.add(file.birthDate);
  const [first, ...others] = dates;
  if (first === undefined) return { kind: 'NONE' };
  return others.length > 0 ? { kind: 'DISPUTED' } : { kind: 'AGREED', date: first };
}

/** The date the age rule may use: null when none is known or the reports disagree, so no consent is valid then. */
export function ageRuleBirthDate(file: ChildFile): string | null {
  const state = birthDateState(file);
  return state.kind === 'AGREED' ? state.date : null;
}

/** For recording consent: the agreed date, or a typed refusal that names what is missing and never a date. */
export function requireAgeRuleBirthDate(file: ChildFile): string {
  const state = birthDateState(file);
  if (state.kind === 'AGREED') return state.date;
  if (state.kind === 'NONE') {
    throw refuse('BIRTH_DATE_REQUIRED', 'childBirthDate is needed to apply the consent age rule: the hub has none for this child.');
  }
  throw refuse(
    'BIRTH_DATE_DISPUTED',
    'The birth dates reported for this child disagree, so the consent age rule cannot be applied: the case director must settle the birth date (resolveBirthDate) first.',
  );
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
    return { result: open };
  };
}
