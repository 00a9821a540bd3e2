/**
 * The jeugdhulp partner system's API format, as the adapter receives it. These are the codegen
 * mappers: resolvers map these records onto the graph. PLACEHOLDER: write the partner's own field
 * names here and do the translation in the resolvers.
 */
import type { Scoped } from '../kit/graphRecords.ts';

export type { ChildRef, OrganisationRef, Scoped } from '../kit/graphRecords.ts';

/** One child in the partner's identity list: its local id, BSN and the organisation holding the record. */
export interface JeugdhulpIdentity {
  localId: string;
  bsn: string;
  organisationId: string;
}

/** One record as the partner's `/api/records` answers it. */
export interface JeugdhulpApiRecord {
  localId: string;
  recordedOn: string;
  kind: string;
}

/** Envelope of every list response of the partner system. */
export interface JeugdhulpList<T> {
  items: T[];
  hasMore?: boolean;
}

/** The codegen mappers: each graph type's parent as the resolvers receive it. */
export type SummaryRecord = Scoped<JeugdhulpApiRecord>;
