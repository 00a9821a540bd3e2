import { useQuery } from 'urql';
import { useApp } from '../appContext.ts';
import { Link } from '../components/Link.tsx';
import { NeedsPurpose } from '../components/NeedsPurpose.tsx';
import { Shell } from '../components/Shell.tsx';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { fieldIssues, requestFailure } from '../graphql/fieldIssues.ts';
import { valueLabel } from '../i18n/labels.ts';
import type { Route } from '../router.ts';
import { CaseConsents } from './case/CaseConsents.tsx';
import { CaseDetail, MyCases } from './case/caseOperations.ts';
import { CaseOverview } from './case/CaseOverview.tsx';
import { DirectorActions } from './case/DirectorActions.tsx';
import { OpenCaseForm } from './case/OpenCaseForm.tsx';
import { PlanOfApproach } from './case/PlanOfApproach.tsx';

/** Casus: the cases your organisation takes part in, one case in full, or a new case from a match. */
export function CaseScreen({ route }: { route: Route & { screen: 'casus' } }) {
  return (
    <Shell route={route} title={route.caseId ? 'Casus' : route.openFor ? 'Casus openen' : 'Casussen'}>
      <NeedsPurpose purposes={['CASE_DISCUSSION']}>
        {route.openFor ? <OpenCaseForm childId={route.openFor} /> : route.caseId ? <CaseView caseId={route.caseId} /> : <CaseList />}
      </NeedsPurpose>
    </Shell>
  );
}

function CaseList() {
  const [{ data, fetching, error }] = useQuery({ query: MyCases });
  return (
    <section aria-labelledby="cases">
      <h2 id="cases">Open casussen van uw organisatie</h2>
      {fetching && <Loading what="Uw casussen" />}
      {requestFailure(error) && <ErrorMessage>{requestFailure(error)}</ErrorMessage>}
      {data?.myCases?.length === 0 && <p className="muted">Uw organisatie neemt aan geen open casus deel. Een regisseur opent een casus vanuit een match.</p>}
      <ul className="case-list">
        {data?.myCases?.map((c) => (
          <li key={c.id}>
            <Link to={{ screen: 'casus', caseId: c.id, openFor: null }}>Casus {c.id}</Link> over <code>{c.child?.id ?? '—'}</code>: AVE-fase {c.phase ?? '—'}, {valueLabel(c.status)}
            {c.pendingPhaseChange && <> · wacht op bevestiging van fase {c.pendingPhaseChange.to}</>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function CaseView({ caseId }: { caseId: string }) {
  const { session } = useApp();
  const [{ data, fetching, error }, refetch] = useQuery({ query: CaseDetail, variables: { id: caseId } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const issues = fieldIssues(error);
  if (fetching && !data) return <Loading what="De casus" />;
  if (requestFailure(error)) return <ErrorMessage>{requestFailure(error)}</ErrorMessage>;
  const found = data?.case;
  if (!found) return <ErrorMessage>Deze casus is niet open, of uw organisatie neemt er niet aan deel.</ErrorMessage>;
  const isDirector = session.role === 'CASE_DIRECTOR' && found.caseDirector?.organisation?.id === session.organisation;
  return (
    <div className="case" aria-busy={fetching}>
      <p>
        Casus <code>{found.id}</code>
        {found.child && (
          <>
            {' '}over <Link to={{ screen: 'kind', childId: found.child.id }}><code>{found.child.id}</code></Link>
          </>
        )}
      </p>
      <CaseOverview data={found} issues={issues} onChanged={reload} />
      <PlanOfApproach data={found} issues={issues} isDirector={isDirector} onChanged={reload} />
      <CaseConsents data={found} issues={issues} isDirector={isDirector} onChanged={reload} />
      {isDirector && found.status === 'OPEN' && <DirectorActions data={found} onChanged={reload} />}
    </div>
  );
}
