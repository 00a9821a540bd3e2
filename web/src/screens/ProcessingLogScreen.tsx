import { useId, useState, type FormEvent } from 'react';
import { useClient, useQuery } from 'urql';
import { useApp } from '../appContext.ts';
import { FieldNotice } from '../components/FieldNotice.tsx';
import { NeedsPurpose } from '../components/NeedsPurpose.tsx';
import { Shell } from '../components/Shell.tsx';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { graphql } from '../gql';
import type { ProcessingLogFormat } from '../gql/graphql.ts';
import { fieldIssues, requestFailure } from '../graphql/fieldIssues.ts';
import { navigate, type Route } from '../router.ts';
import { LogTable, type LogEntry } from './log/LogTable.tsx';
import { usePagedEntries } from './log/usePagedEntries.ts';

const ChildLog = graphql(/* GraphQL */ `
  query ChildLog($childId: ID!, $first: Int!, $offset: Int!) {
    childProcessingLog(childId: $childId, first: $first, offset: $offset) { ...LogEntryFields }
  }
  fragment LogEntryFields on ProcessingLogEntry {
    sequence recordId recordedAt traceId childId professional organisation { id name } role purpose
    activity { id name legalBasis } fieldsReleased fieldsWithheld outcome
  }
`);
const ChildExport = graphql(/* GraphQL */ `
  query ChildLogExport($childId: ID!, $format: ProcessingLogFormat!) { childProcessingLogExport(childId: $childId, format: $format) { fileName mediaType content recordCount } }
`);
const OrganisationLog = graphql(/* GraphQL */ `
  query OrganisationLog($organisationId: ID!, $first: Int!, $offset: Int!) {
    organisationProcessingLog(organisationId: $organisationId) { organisationId entries(first: $first, offset: $offset) { ...LogEntryFields } }
  }
`);
const StatedInvolvements = graphql(/* GraphQL */ `
  query StatedInvolvements { statedInvolvements(first: 100) { signalId child { id } organisation { name } professionalId role reason registeredAt status } }
`);

/** A file the privacy officer hands on, made in the browser: no personal data goes into a URL or the server's logs. */
function download(fileName: string, mediaType: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: mediaType }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** Verwerkingenlog: who saw a child's data, when, why and under which basis; your organisation's own disclosures; stated involvements to review. */
export function ProcessingLogScreen({ route }: { route: Route & { screen: 'verwerkingenlog' } }) {
  const { config, session } = useApp();
  const id = useId();
  const isOperator = config.hubOperator === session.organisation;
  const open = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const childId = String(new FormData(event.currentTarget).get('childId') ?? '').trim();
    if (childId) navigate({ screen: 'verwerkingenlog', childId });
  };
  return (
    <Shell route={route} title="Verwerkingenlog">
      <NeedsPurpose purposes={['DATA_SUBJECT_ACCESS']}>
        <p className="muted">Het log noemt welke gegevens zijn verstrekt of achtergehouden, nooit hun inhoud.</p>
        {isOperator ? (
          <section aria-labelledby={`${id}-child-title`}>
            <h2 id={`${id}-child-title`}>Inzage per kind</h2>
            <form onSubmit={open} className="inline-form" role="search" aria-label="Log van een kind">
              <label htmlFor={`${id}-child`}>Pseudoniem van het kind</label>
              <input id={`${id}-child`} name="childId" defaultValue={route.childId ?? ''} key={route.childId ?? ''} required autoComplete="off" />
              <button type="submit">Log tonen</button>
            </form>
            {route.childId && <ChildLogView key={route.childId} childId={route.childId} />}
          </section>
        ) : (
          <p className="muted">Het log per kind is voor de privacyfunctionaris van de beheerder van de hub; u ziet de verstrekkingen aan uw eigen organisatie.</p>
        )}
        <OwnDisclosures />
        {isOperator && <StatedInvolvementReview />}
      </NeedsPurpose>
    </Shell>
  );
}

function ChildLogView({ childId }: { childId: string }) {
  const client = useClient();
  const log = usePagedEntries(ChildLog, { childId }, (data) => data.childProcessingLog as LogEntry[] | null | undefined, (entry) => entry.recordId);
  const { fetching, error } = log;
  const [exportError, setExportError] = useState<string | null>(null);
  const exportAs = async (format: ProcessingLogFormat) => {
    setExportError(null);
    const answer = await client.query(ChildExport, { childId, format }).toPromise();
    const file = answer.data?.childProcessingLogExport;
    if (file) download(file.fileName, file.mediaType, file.content);
    else setExportError(answer.error?.graphQLErrors[0]?.message ?? 'De export is niet gelukt.');
  };
  const issue = fieldIssues(error)[0];
  return (
    <>
      <p className="card-actions">
        <button type="button" className="secondary" onClick={() => void exportAs('CSV')}>Exporteren als CSV</button>
        <button type="button" className="secondary" onClick={() => void exportAs('JSON')}>Exporteren als JSON</button>
      </p>
      {exportError && <ErrorMessage>{exportError}</ErrorMessage>}
      {fetching && <Loading what="Het log van dit kind" />}
      {issue && !requestFailure(error) && <FieldNotice issue={issue} />}
      {requestFailure(error) && <ErrorMessage>{requestFailure(error)}</ErrorMessage>}
      {log.released && <LogTable entries={log.entries} caption={`Verwerkingen van ${childId}`} />}
      <MoreRecords log={log} />
    </>
  );
}

/** The next page of a log, asked for by the privacy officer: a long log is read in parts the hub answers. */
function MoreRecords({ log }: { log: { hasMore: boolean; fetching: boolean; entries: readonly unknown[]; loadMore: () => void } }) {
  if (!log.hasMore) return null;
  return (
    <p className="card-actions">
      <button type="button" className="secondary" disabled={log.fetching} onClick={log.loadMore}>
        Meer verwerkingen laden (nu {log.entries.length})
      </button>
    </p>
  );
}

function OwnDisclosures() {
  const { config, session } = useApp();
  const log = usePagedEntries(OrganisationLog, { organisationId: session.organisation }, (data) => data.organisationProcessingLog?.entries as LogEntry[] | null | undefined, (entry) => entry.recordId);
  const { fetching, error } = log;
  const issue = fieldIssues(error)[0];
  const name = config.organisations.find((org) => org.id === session.organisation)?.name ?? session.organisation;
  return (
    <section aria-labelledby="own-log">
      <h2 id="own-log">Verstrekkingen aan {name}</h2>
      {fetching && <Loading what="Het log van uw organisatie" />}
      {issue && <FieldNotice issue={issue} />}
      {log.released && <LogTable entries={log.entries} caption={`Verstrekkingen aan ${name}`} />}
      <MoreRecords log={log} />
    </section>
  );
}

function StatedInvolvementReview() {
  const [{ data, fetching, error }] = useQuery({ query: StatedInvolvements });
  const issue = fieldIssues(error)[0];
  return (
    <section aria-labelledby="stated">
      <h2 id="stated">Opgegeven betrokkenheid (te beoordelen)</h2>
      <p className="muted">Signalen die de gemeente op een opgegeven reden afgaf: zij heeft in de hub geen eigen registratie die haar betrokkenheid bevestigt.</p>
      {fetching && <Loading what="De opgegeven redenen" />}
      {issue && <FieldNotice issue={issue} />}
      {data?.statedInvolvements?.length === 0 && <p className="muted">Geen signalen op een opgegeven reden.</p>}
      {data?.statedInvolvements && data.statedInvolvements.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead><tr><th scope="col">Afgegeven</th><th scope="col">Kind</th><th scope="col">Medewerker</th><th scope="col">Reden</th><th scope="col">Status</th></tr></thead>
            <tbody>
              {data.statedInvolvements.map((s) => (
                <tr key={s.signalId}><td>{s.registeredAt.slice(0, 10)}</td><td><code>{s.child?.id}</code></td><td>{s.professionalId} ({s.organisation.name})</td><td>{s.reason}</td><td>{s.status}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
