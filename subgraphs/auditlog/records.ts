/**
 * What the auditlog subgraph reads from its "partner", the processing log store. These are the
 * codegen mappers: resolvers map log records onto the graph.
 */
import type { ProcessingRecord } from '../../gateway/processingLog/processingRecord.ts';
import type { ProcessingActivity } from '../../schema/processingRegister.ts';

/**
 * A log record as it travels through the graph. `holderOrganisationId` is the organisation that
 * received the data (the accessing organisation), so a rule with OWN_ORGANISATION on anything
 * below it releases an organisation's records to that organisation only.
 */
export type EntryRecord = ProcessingRecord & { holderOrganisationId: string };

/** The parent of an organisation's log fields: the kit's guard decides OWN_ORGANISATION by it. */
export interface OrganisationLogRecord {
  organisationId: string;
  childId: null;
  holderOrganisationId: string;
}

export interface ExportRecord {
  fileName: string;
  mediaType: string;
  content: string;
  recordCount: number;
}

export type ActivityRecord = ProcessingActivity;

export interface OrganisationRef {
  id: string;
}

export const entryOf = (record: ProcessingRecord): EntryRecord => ({ ...record, holderOrganisationId: record.organisation });
