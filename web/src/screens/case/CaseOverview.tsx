import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useApp } from '../../appContext.ts';
import { FieldNotice } from '../../components/FieldNotice.tsx';
import { Done, ErrorMessage } from '../../components/Status.tsx';
import type { CaseDetailQuery } from '../../gql/graphql.ts';
import type { FieldIssue } from '../../graphql/fieldIssues.ts';
import { issuesAt } from '../../graphql/fieldIssues.ts';
import { valueLabel } from '../../i18n/labels.ts';
import { ROLE_LABEL, isRole } from '../../i18n/vocabulary.ts';
import { ConfirmPhaseChange } from './caseOperations.ts';
import { mutationError } from './mutationError.ts';

export type CaseData = NonNullable<CaseDetailQuery['case']>;

/** Notice for a case field the caller may not see (e.g. AVE phase 2 without consent), else nothing. */
export function CaseFieldNotice({ issues, field }: { issues: readonly FieldIssue[]; field: string }) {
  const issue = issuesAt(issues, ['case', field])[0];
  return issue ? <FieldNotice issue={issue} /> : null;
}

/** Regisseur, deelnemers, AVE-fase met geschiedenis, and an escalation that awaits another organisation's confirmation. */
export function CaseOverview({ data, issues, onChanged }: { data: CaseData; issues: readonly FieldIssue[]; onChanged(): void }) {
  const { session } = useApp();
  const directorOrg = data.caseDirector?.organisation?.id ?? null;
  const participantOrgs = new Set((data.participants ?? []).map((p) => p.organisation.id));
  const others = [...new Map((data.participants ?? []).filter((p) => p.organisation.id !== directorOrg).map((p) => [p.organisation.id, p.organisation.name])).values()];
  const mayConfirm = directorOrg !== null && session.organisation !== directorOrg && participantOrgs.has(session.organisation);
  return (
    <>
      <section aria-labelledby="case-summary" className="card">
        <h2 id="case-summary">Overzicht</h2>
        <dl className="record">
          {data.status && <div><dt>Status</dt><dd>{valueLabel(data.status)}</dd></div>}
          {data.phase != null && <div><dt>AVE-fase</dt><dd className="phase">{data.phase}</dd></div>}
          {data.openedAt && <div><dt>Geopend</dt><dd>{data.openedAt.slice(0, 10)}</dd></div>}
          {data.caseDirector && <div><dt>Regisseur</dt><dd>{`${data.caseDirector.name ?? '—'} (${data.caseDirector.organisation?.name ?? ''})`}</dd></div>}
          {data.administrativeDirection && <div><dt>Bestuurlijke regie</dt><dd>{data.administrativeDirection}</dd></div>}
        </dl>
        {['status', 'phase', 'caseDirector'].map((field) => <CaseFieldNotice key={field} issues={issues} field={field} />)}
      </section>
      {data.pendingPhaseChange && (
        <section aria-labelledby="pending" className="card pending">
          <h2 id="pending">Opschaling naar fase {data.pendingPhaseChange.to}: wacht op bevestiging</h2>
          <p>
            Voorgesteld door {data.pendingPhaseChange.proposedBy?.name ?? 'de regisseur'} op {data.pendingPhaseChange.proposedAt.slice(0, 10)}: {data.pendingPhaseChange.reason}
          </p>
          <p>
            <strong>Wie moet bevestigen:</strong> een deelnemer van een andere organisatie dan de regisseur, die zelf via de eigen registratie bij het kind betrokken is
            {others.length > 0 ? ` (${others.join(', ')})` : ''}. Tot dan blijft de casus in fase {data.phase ?? '—'}.
          </p>
          {mayConfirm ? <ConfirmEscalation caseId={data.id} version={data.version ?? null} onConfirmed={onChanged} /> : <p className="muted">U kunt deze opschaling niet zelf bevestigen.</p>}
        </section>
      )}
      <section aria-labelledby="participants">
        <h2 id="participants">Deelnemers</h2>
        <CaseFieldNotice issues={issues} field="participants" />
        {data.participants && (
          <div className="table-wrap">
            <table>
              <thead>
                <tr><th scope="col">Organisatie</th><th scope="col">Professional</th><th scope="col">Rol</th><th scope="col">Sinds</th></tr>
              </thead>
              <tbody>
                {data.participants.map((p) => (
                  <tr key={`${p.organisation.id}-${p.professional?.id ?? p.role}`}>
                    <td>{p.organisation.name}</td>
                    <td>{p.professional?.name ?? '—'}</td>
                    <td>{isRole(p.role) ? ROLE_LABEL[p.role] : p.role}</td>
                    <td>{p.joinedAt.slice(0, 10)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="history">
        <h2 id="history">Fasegeschiedenis</h2>
        <CaseFieldNotice issues={issues} field="phaseHistory" />
        {data.phaseHistory && (
          <ol className="history">
            {data.phaseHistory.map((change, index) => (
              <li key={index}>
                {change.from === null || change.from === undefined ? `Geopend in fase ${change.to}` : `Fase ${change.from} → ${change.to}`} op {change.changedAt.slice(0, 10)} door {change.changedBy?.name ?? '—'}: {change.reason}
                {change.confirmedBy && <> (bevestigd door {change.confirmedBy.name} van {change.confirmedBy.organisation?.name})</>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

function ConfirmEscalation({ caseId, version, onConfirmed }: { caseId: string; version: number | null; onConfirmed(): void }) {
  const [result, confirm] = useMutation(ConfirmPhaseChange);
  const [done, setDone] = useState(false);
  const id = useId();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const confirmerName = String(new FormData(event.currentTarget).get('confirmerName') ?? '').trim();
    const answer = await confirm({ input: { caseId, confirmerName, expectedVersion: version } });
    if (answer.data?.confirmPhaseChange) (setDone(true), onConfirmed());
  };
  return (
    <form onSubmit={submit} className="inline-form">
      <label htmlFor={`${id}-name`}>Uw naam</label>
      <input id={`${id}-name`} name="confirmerName" required autoComplete="name" />
      <button type="submit" disabled={result.fetching}>Opschaling bevestigen</button>
      {result.error && <ErrorMessage>Bevestigen is niet gelukt: {mutationError(result.error)}</ErrorMessage>}
      {done && <Done>De opschaling is bevestigd.</Done>}
    </form>
  );
}
