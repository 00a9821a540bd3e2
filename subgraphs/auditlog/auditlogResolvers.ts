import type { ProcessingRecord } from '../../gateway/processingLog/processingRecord.ts';
import { covenantOrganisations } from '../../schema/covenant.ts';
import { ErrorCode, hubError } from '../../schema/errors.ts';
import { pageArguments } from '../kit/childRecords.ts';
import { isPseudonym } from '../kit/pseudonym.ts';
import type { Resolvers } from './__generated__/resolvers.ts';
import { exportLog } from './logExport.ts';
import { entryOf } from './records.ts';

/** A child's log is asked by pseudonym: anything else is a mistake to report, not an empty log to export. */
const requirePseudonym = (childId: string) => {
  if (!isPseudonym(childId)) throw hubError(ErrorCode.BAD_USER_INPUT, 'childId is not a hub pseudonym (ch_ followed by 27 characters).');
  return childId;
};

/** Newest first: the question is usually "who looked lately?". */
const newestFirst = (records: readonly ProcessingRecord[] | null) => [...(records ?? [])].sort((a, b) => b.seq - a.seq);
const page = (records: readonly ProcessingRecord[] | null, first: number | null | undefined, offset: number | null | undefined) => {
  const { first: size, offset: from } = pageArguments(first, offset);
  return newestFirst(records).slice(from, from + size).map(entryOf);
};

/**
 * Maps log records onto the graph. Privacy is decided by the kit's guard before these run: the
 * log is released to the privacy officer for data-subject access only, an organisation's part to
 * its own privacy officer only.
 */
export const auditlogResolvers: Resolvers = {
  Query: {
    childProcessingLog: async (_root, { childId, first, offset }, { loaders }) => page(await loaders.byChild.load(requirePseudonym(childId)), first, offset),
    childProcessingLogExport: async (_root, { childId, format }, { loaders, partner }) =>
      exportLog(newestFirst(await loaders.byChild.load(requirePseudonym(childId))), partner.register, format, { kind: 'child', id: childId }, new Date()),
    organisationProcessingLog: (_root, { organisationId }) =>
      covenantOrganisations().some((org) => org.id === organisationId)
        ? { organisationId, childId: null, holderOrganisationId: organisationId }
        : null,
    processingActivities: (_root, _args, { partner }) => [...partner.register.activities],
  },
  OrganisationProcessingLog: {
    organisationId: (log) => log.organisationId,
    entries: async (log, { first, offset }, { loaders }) => page(await loaders.byOrganisation.load(log.organisationId), first, offset),
    export: async (log, { format }, { loaders, partner }) =>
      exportLog(newestFirst(await loaders.byOrganisation.load(log.organisationId)), partner.register, format, { kind: 'organisation', id: log.organisationId }, new Date()),
  },
  ProcessingLogEntry: {
    sequence: (entry) => entry.seq,
    recordId: (entry) => entry.recordId,
    recordedAt: (entry) => entry.recordedAt,
    traceId: (entry) => entry.traceId,
    childId: (entry) => entry.childId,
    professional: (entry) => entry.professional,
    organisation: (entry) => ({ id: entry.organisation }),
    role: (entry) => entry.role,
    purpose: (entry) => entry.purpose,
    activity: (entry, _args, { partner }) => partner.register.activity(entry.activityId),
    fieldsReleased: (entry) => entry.fieldsReleased,
    fieldsWithheld: (entry) => entry.fieldsWithheld,
    outcome: (entry) => entry.outcome,
  },
};
