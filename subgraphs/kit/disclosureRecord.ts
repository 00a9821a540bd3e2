import { randomBytes, randomUUID } from 'node:crypto';
import type { Caller } from '../../schema/caller.ts';

/**
 * What an adapter gave the hub about one data subject in one processing (one request), in the
 * shape of the Logboek Dataverwerkingen standard (interface of the component Logboek): `trace_id`
 * and `operation_id` of this organisation's own processing, `status_code`, `foreign_operation`
 * naming the hub's trace and operation that asked, and the `dpl.core.*` attributes (processing
 * activity of the register, pseudonymised data subject). Never a value: only field coordinates.
 */
export interface DisclosureDraft {
  /** Unique per record, so a record can be cited without its position. */
  recordId: string;
  /** 16 bytes hex: this adapter's own trace of the request (its organisation's processing). */
  trace_id: string;
  /** 8 bytes hex: this adapter's processing of the request; every record of one request shares it. */
  operation_id: string;
  name: string;
  status_code: 'STATUS_CODE_OK' | 'STATUS_CODE_ERROR';
  /** Milliseconds since the epoch. */
  start_time: number;
  end_time: number;
  /** The hub's operation that asked: its W3C trace and span (`traceparent`) and the hub as entity. */
  foreign_operation: { trace_id: string; operation_id: string; entity: string } | null;
  resource: { 'service.name': string };
  attributes: DisclosureAttributes;
}

export interface DisclosureAttributes {
  /** The register's activity id (`schema/processingRegister.ts`), as the hub's own record names it. */
  'dpl.core.processing_activity_id': string;
  /** The hub pseudonym: the data subject, pseudonymised (never the BSN). */
  'dpl.core.data_subject_id': string;
  'dpl.core.data_subject_id_type': 'ketengraaf-pseudonym';
  /** Who received it, as the gateway's signed caller context says. */
  'ketengraaf.recipient.organisation': string;
  'ketengraaf.recipient.role': string;
  'ketengraaf.recipient.professional': string;
  'ketengraaf.purpose': string;
  /** Protected fields answered with a value, and those refused or failed: coordinates only. */
  'ketengraaf.fields_disclosed': string[];
  'ketengraaf.fields_withheld': string[];
}

/** Where the hub's operation is named in `foreign_operation.entity`. */
export const HUB_ENTITY = 'urn:ketengraaf:gateway';

/** What the recorder noted of one child in one request. */
export interface SubjectNote {
  disclosed: Set<string>;
  withheld: Set<string>;
  failed: boolean;
}

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/;

/** One draft per child the request touched, all under one operation of this adapter. */
export function disclosureDrafts(subgraph: string, caller: Caller, activityId: string, notes: ReadonlyMap<string, SubjectNote>, startTime: number, endTime: number): DisclosureDraft[] {
  const hub = TRACEPARENT.exec(caller.traceparent);
  const trace = randomBytes(16).toString('hex');
  const operation = randomBytes(8).toString('hex');
  return [...notes.entries()].map(([childId, note]) => ({
    recordId: randomUUID(),
    trace_id: trace,
    operation_id: operation,
    name: `${subgraph}.disclose`,
    status_code: note.failed ? 'STATUS_CODE_ERROR' : 'STATUS_CODE_OK',
    start_time: startTime,
    end_time: endTime,
    foreign_operation: hub ? { trace_id: hub[1] ?? '', operation_id: hub[2] ?? '', entity: HUB_ENTITY } : null,
    resource: { 'service.name': `ketengraaf-${subgraph}-adapter` },
    attributes: {
      'dpl.core.processing_activity_id': activityId,
      'dpl.core.data_subject_id': childId,
      'dpl.core.data_subject_id_type': 'ketengraaf-pseudonym',
      'ketengraaf.recipient.organisation': caller.organisation,
      'ketengraaf.recipient.role': caller.role,
      'ketengraaf.recipient.professional': caller.professional,
      'ketengraaf.purpose': caller.purpose,
      'ketengraaf.fields_disclosed': [...note.disclosed].sort(),
      'ketengraaf.fields_withheld': [...note.withheld].sort(),
    },
  }));
}
