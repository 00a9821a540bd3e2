import { randomUUID } from 'node:crypto';
import type { Caller } from '../../../schema/caller.ts';
import { refuse } from '../casusErrors.ts';
import type { ChildFile, InvolvementRecord, SignalDomain, SignalRecord } from '../records.ts';
import type { ChildChange } from '../store/casusStore.ts';
import { isOpen } from './retention.ts';
import { reportBirthDate } from './birthDate.ts';
import { requireBirthDate, requireChildId, requireText } from './validate.ts';

export interface RegisterSignalInput {
  childId: string;
  /** Needed for the consent age rule later on; the only thing about the child the hub keeps. */
  childBirthDate: string;
  domain?: SignalDomain | null;
  /** The contact professional's name, as they give it. */
  contactName: string;
  /** Why the organisation is involved; required only of an organisation without a system of record in the hub. */
  statedReason?: string | null;
}

/**
 * Registers that the caller's organisation is involved with the child (Jeugdwet §7.1.4,
 * verwijsindex). No content: organisation, contact, date and an optional domain label. One open
 * signal per organisation and child: registering again returns the open one. The input is checked
 * here, before anything is asked; the change then takes the involvement the caller's system of
 * record confirmed (`involvement.ts`). The birth date is kept as this organisation's report and
 * never compared aloud with anyone else's (`birthDate.ts`), so a signal is never blocked by another's date.
 */
export function registerSignal(
  input: RegisterSignalInput,
  caller: Caller,
  now: Date,
): (involvement: InvolvementRecord) => (file: ChildFile) => ChildChange<SignalRecord> {
  requireChildId(input.childId);
  const birthDate = requireBirthDate(input.childBirthDate, now);
  const contactName = requireText(input.contactName, 'contactName', 200);
  return (involvement) => (file) => {
    reportBirthDate(file, caller.organisation, birthDate);
    const professionals = [{ id: caller.professional, name: contactName, organisationId: caller.organisation }];
    const existing = file.signals.find((signal) => signal.organisationId === caller.organisation && isOpen(signal, now));
    if (existing) {
      // A stated reason stays as first given (the privacy officer reviews it); a confirmed
      // involvement replaces it, never the other way round.
      if (!existing.involvement || involvement.basis === 'SYSTEM_OF_RECORD') existing.involvement = involvement;
      return { result: existing, professionals };
    }
    const signal: SignalRecord = {
      id: `sig_${randomUUID()}`,
      childId: input.childId,
      organisationId: caller.organisation,
      contactProfessionalId: caller.professional,
      contactRole: caller.role,
      domain: input.domain ?? null,
      registeredAt: now.toISOString(),
      status: 'OPEN',
      closedAt: null,
      involvement,
    };
    file.signals.push(signal);
    return { result: signal, professionals };
  };
}

/** Withdraws one of the caller's organisation's signals; it leaves every match at once. */
export function withdrawSignal(file: ChildFile, signalId: string, caller: Caller, now: Date): ChildChange<SignalRecord> {
  const signal = file.signals.find((s) => s.id === signalId && s.organisationId === caller.organisation);
  if (!signal) throw refuse('NOT_FOUND', 'No signal of your organisation has this id.');
  if (signal.status === 'OPEN') {
    signal.status = 'WITHDRAWN';
    signal.closedAt = now.toISOString();
  }
  return { result: signal };
}

/** A match as one organisation sees it: the child, since when, and the other organisations' signals. */
export interface MatchView {
  childId: string;
  since: string;
  signals: SignalRecord[];
}

/**
 * The child's match, seen by `organisationId` (only when it has an open signal itself), or by
 * the municipality's match direction (`null`: all open signals). Null when there is no match.
 */
export function matchFor(file: ChildFile, organisationId: string | null, now: Date): MatchView | null {
  const open = file.signals.filter((signal) => isOpen(signal, now));
  const firstByOrganisation = new Map<string, string>();
  for (const signal of [...open].sort((a, b) => a.registeredAt.localeCompare(b.registeredAt))) {
    if (!firstByOrganisation.has(signal.organisationId)) firstByOrganisation.set(signal.organisationId, signal.registeredAt);
  }
  if (firstByOrganisation.size < 2) return null;
  if (organisationId !== null && !firstByOrganisation.has(organisationId)) return null;
  const since = [...firstByOrganisation.values()].sort()[1] ?? '';
  const signals = open.filter((signal) => signal.organisationId !== organisationId);
  return { childId: file.childId, since, signals };
}
