import { useId, useState } from 'react';
import type { LogEntryFieldsFragment } from '../../gql/graphql.ts';
import { valueLabel } from '../../i18n/labels.ts';
import { isPurpose, isRole, PURPOSE_LABEL, ROLE_LABEL } from '../../i18n/vocabulary.ts';

export type LogEntry = LogEntryFieldsFragment;

/** Log records with filters on purpose, organisation, outcome and field: a privacy officer's question is usually one of these. */
export function LogTable({ entries, caption }: { entries: readonly LogEntry[]; caption: string }) {
  const id = useId();
  const [purpose, setPurpose] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [outcome, setOutcome] = useState('');
  const [field, setField] = useState('');
  const organisations = [...new Map(entries.map((e) => [e.organisation.id, e.organisation.name ?? e.organisation.id])).entries()];
  const shown = entries.filter(
    (e) =>
      (!purpose || e.purpose === purpose) &&
      (!organisation || e.organisation.id === organisation) &&
      (!outcome || e.outcome === outcome) &&
      (!field || [...e.fieldsReleased, ...e.fieldsWithheld].some((f) => f.toLowerCase().includes(field.toLowerCase()))),
  );
  return (
    <>
      <div className="filters" role="group" aria-label="Filters">
        <div className="field">
          <label htmlFor={`${id}-p`}>Doel</label>
          <select id={`${id}-p`} value={purpose} onChange={(e) => setPurpose(e.target.value)}>
            <option value="">Alle doelen</option>
            {Object.entries(PURPOSE_LABEL).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-o`}>Organisatie</label>
          <select id={`${id}-o`} value={organisation} onChange={(e) => setOrganisation(e.target.value)}>
            <option value="">Alle organisaties</option>
            {organisations.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-u`}>Uitkomst</label>
          <select id={`${id}-u`} value={outcome} onChange={(e) => setOutcome(e.target.value)}>
            <option value="">Alle uitkomsten</option>
            {['RELEASED', 'PARTIALLY_WITHHELD', 'WITHHELD'].map((value) => <option key={value} value={value}>{valueLabel(value)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-f`}>Gegeven bevat</label>
          <input id={`${id}-f`} value={field} onChange={(e) => setField(e.target.value)} placeholder="bijv. schoolAbsences" />
        </div>
      </div>
      <p role="status" className="muted">{shown.length} van {entries.length} verwerkingen</p>
      <div className="table-wrap">
        <table className="log">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Wanneer</th><th scope="col">Wie</th><th scope="col">Doel</th><th scope="col">Verwerking en grondslag</th><th scope="col">Verstrekt</th><th scope="col">Achtergehouden</th><th scope="col">Uitkomst</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((e) => (
              <tr key={e.recordId}>
                <td>{new Date(e.recordedAt).toLocaleString('nl-NL')}</td>
                <td>{e.professional}<br /><span className="muted">{isRole(e.role) ? ROLE_LABEL[e.role] : e.role}, {e.organisation.name ?? e.organisation.id}</span></td>
                <td>{isPurpose(e.purpose) ? PURPOSE_LABEL[e.purpose] : e.purpose}</td>
                <td>{e.activity ? <>{e.activity.name}<br /><span className="muted">{e.activity.legalBasis}</span></> : '—'}</td>
                <td>{e.fieldsReleased.join(', ') || '—'}</td>
                <td>{e.fieldsWithheld.join(', ') || '—'}</td>
                <td>{valueLabel(e.outcome)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
