import { nextRetentionDue } from '../domain/retention.ts';
import type { ChildFile } from '../records.ts';

/** What the store indexes about a file, derived from it on every write so it cannot drift. */
export interface FileIndex {
  /** Ids of the signals, cases, consents and handovers in the file (`childOf`). */
  refs: Set<string>;
  /** Organisations the file mentions (`childrenOfOrganisation`). */
  organisations: Set<string>;
  /** Open signals from two or more organisations (`matchedChildren`). */
  matched: boolean;
  /** Next retention step, ms since epoch (`dueForRetention`). */
  retentionDue: number | null;
}

export function indexOf(file: ChildFile | null): FileIndex {
  if (!file) return { refs: new Set(), organisations: new Set(), matched: false, retentionDue: null };
  const refs = [...file.signals, ...file.cases, ...file.consents, ...file.handovers].map((entity) => entity.id);
  const organisations = [
    ...file.signals.map((s) => s.organisationId),
    ...file.cases.flatMap((c) => [c.directorOrganisationId, ...c.participants.map((p) => p.organisationId)]),
    ...file.consents.flatMap((c) => [c.organisationId, c.recordedByOrganisationId]),
    ...file.handovers.flatMap((h) => [h.fromOrganisationId, h.toSchoolId]),
  ];
  const signalling = new Set(file.signals.filter((s) => s.status === 'OPEN').map((s) => s.organisationId));
  return { refs: new Set(refs), organisations: new Set(organisations), matched: signalling.size >= 2, retentionDue: nextRetentionDue(file) };
}

/** The index writes that take `before` to `after`: only what changed. */
export interface IndexDiff {
  addRefs: string[];
  removeRefs: string[];
  addOrganisations: string[];
  removeOrganisations: string[];
  matched: boolean;
  retentionDue: number | null;
}

const minus = (a: Set<string>, b: Set<string>) => [...a].filter((item) => !b.has(item));

export function diffIndex(before: FileIndex, after: FileIndex): IndexDiff {
  return {
    addRefs: minus(after.refs, before.refs),
    removeRefs: minus(before.refs, after.refs),
    addOrganisations: minus(after.organisations, before.organisations),
    removeOrganisations: minus(before.organisations, after.organisations),
    matched: after.matched,
    retentionDue: after.retentionDue,
  };
}
