import { fieldLabel, valueLabel } from '../i18n/labels.ts';

type Value = unknown;

const isObject = (value: Value): value is Record<string, Value> => typeof value === 'object' && value !== null && !Array.isArray(value);
const visibleKeys = (record: Record<string, Value>) => Object.keys(record).filter((key) => key !== '__typename');

function Scalar({ value }: { value: Value }) {
  if (value === null || value === undefined) return <>—</>;
  if (typeof value === 'boolean') return <>{value ? 'Ja' : 'Nee'}</>;
  if (Array.isArray(value)) return <>{value.map((v) => (isObject(v) ? JSON.stringify(v) : valueLabel(String(v)))).join(', ') || '—'}</>;
  if (isObject(value)) return <>{String(value.name ?? value.id ?? JSON.stringify(value))}</>;
  return <>{typeof value === 'string' ? valueLabel(value) : String(value)}</>;
}

/**
 * A partner's record as released: an object as a definition list, a list of objects as a table.
 * Generic on purpose: the panel shows exactly what the gateway released, whatever the partner adds.
 */
export function RecordView({ value, caption }: { value: Value; caption: string }) {
  if (value === null || value === undefined) return <p className="muted">Geen gegevens in dit systeem.</p>;
  if (Array.isArray(value)) {
    if (value.length === 0) return <p className="muted">Geen registraties.</p>;
    const keys = [...new Set(value.flatMap((row) => (isObject(row) ? visibleKeys(row) : [])))];
    return (
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {keys.map((key) => (
                <th key={key} scope="col">
                  {fieldLabel(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {value.map((row, index) => (
              <tr key={index}>
                {keys.map((key) => (
                  <td key={key}>
                    <Scalar value={isObject(row) ? row[key] : row} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
  if (!isObject(value)) return <p>{String(value)}</p>;
  return (
    <dl className="record">
      {visibleKeys(value).map((key) => (
        <div key={key}>
          <dt>{fieldLabel(key)}</dt>
          <dd>
            <Scalar value={value[key]} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
