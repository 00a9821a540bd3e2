import type { ProcessingRecord } from '../../gateway/processingLog/processingRecord.ts';
import type { ProcessingRegister } from '../../schema/processingRegister.ts';
import type { ExportRecord } from './records.ts';

export type ExportFormat = 'CSV' | 'JSON';

const COLUMNS = [
  'recordedAt',
  'organisation',
  'role',
  'professional',
  'purpose',
  'activityId',
  'activityName',
  'legalBasis',
  'fieldsReleased',
  'fieldsWithheld',
  'outcome',
  'traceId',
  'sequence',
] as const;

/**
 * One CSV cell (RFC 4180 quoting). A cell that a spreadsheet would read as a formula (= + - @)
 * gets a leading apostrophe: a professional id comes from a token and is not trusted text.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function rowOf(record: ProcessingRecord, register: ProcessingRegister): Record<(typeof COLUMNS)[number], string | number> {
  const activity = register.activity(record.activityId);
  return {
    recordedAt: record.recordedAt,
    organisation: record.organisation,
    role: record.role,
    professional: record.professional,
    purpose: record.purpose,
    activityId: record.activityId,
    activityName: activity?.name ?? '',
    legalBasis: activity?.legalBasis ?? '',
    fieldsReleased: record.fieldsReleased.join('; '),
    fieldsWithheld: record.fieldsWithheld.join('; '),
    outcome: record.outcome,
    traceId: record.traceId,
    sequence: record.seq,
  };
}

/**
 * A child's (or an organisation's) log as a file for the data subject: who, when, why, under which
 * basis, which fields, with which outcome; never content, because the log holds none. JSON also
 * carries the register entries the records refer to, so the file explains itself.
 */
export function exportLog(
  records: readonly ProcessingRecord[],
  register: ProcessingRegister,
  format: ExportFormat,
  subject: { kind: 'child' | 'organisation'; id: string },
  exportedAt: Date,
): ExportRecord {
  const stamp = exportedAt.toISOString().slice(0, 10);
  const base = `processing-log-${subject.kind}-${subject.id}-${stamp}`;
  if (format === 'CSV') {
    const lines = [COLUMNS.join(','), ...records.map((record) => COLUMNS.map((column) => csvCell(rowOf(record, register)[column])).join(','))];
    return { fileName: `${base}.csv`, mediaType: 'text/csv; charset=utf-8', content: `${lines.join('\r\n')}\r\n`, recordCount: records.length };
  }
  const activityIds = new Set(records.map((record) => record.activityId));
  const content = {
    subject,
    exportedAt: exportedAt.toISOString(),
    note: 'Each record says who received which fields of personal data, when, for which purpose and under which processing activity. The log holds no content.',
    activities: register.activities.filter((activity) => activityIds.has(activity.id)),
    records: records.map((record) => ({ ...rowOf(record, register), fieldsReleased: record.fieldsReleased, fieldsWithheld: record.fieldsWithheld })),
  };
  return { fileName: `${base}.json`, mediaType: 'application/json', content: JSON.stringify(content, null, 2), recordCount: records.length };
}
