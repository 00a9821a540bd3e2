import { useId, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { useApp } from '../appContext.ts';
import { FieldNotice } from '../components/FieldNotice.tsx';
import { Link } from '../components/Link.tsx';
import { PartnerPanel } from '../components/PartnerPanel.tsx';
import { Shell } from '../components/Shell.tsx';
import { Loading } from '../components/Status.tsx';
import { graphql } from '../gql';
import { fieldIssues, issuesAt } from '../graphql/fieldIssues.ts';
import { valueLabel } from '../i18n/labels.ts';
import { navigate, type Route } from '../router.ts';
import { CHILD_PANELS } from './childPanels.ts';

const OwnChildren = graphql(/* GraphQL */ `
  query OwnChildren($org: ID!, $school: Boolean!, $childcare: Boolean!, $ggd: Boolean!, $veiligThuis: Boolean!, $police: Boolean!, $youthCare: Boolean!) {
    organisation(id: $org) {
      id
      pupils(first: 8) @include(if: $school) { id }
      placedChildren(first: 8) @include(if: $childcare) { id }
      jgzClients(first: 8) @include(if: $ggd) { id }
      veiligThuisDossierChildren(first: 8) @include(if: $veiligThuis) { id }
      registeredChildren(first: 8) @include(if: $police) { id }
      youthCareClients(first: 8) @include(if: $youthCare) { id }
    }
  }
`);
const ChildCase = graphql(/* GraphQL */ `
  query ChildCase($id: ID!) {
    child(id: $id) { id openCase { id phase status } consents { id purpose organisation { name } status validUntil } }
  }
`);

/** Kind: one child across every partner, one panel each, each saying per field what it shows or why not. */
export function ChildScreen({ route }: { route: Route & { screen: 'kind' } }) {
  const id = useId();
  const open = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const childId = String(new FormData(event.currentTarget).get('childId') ?? '').trim();
    if (childId) navigate({ screen: 'kind', childId });
  };
  return (
    <Shell route={route} title={route.childId ? 'Kind' : 'Kind zoeken'}>
      <form onSubmit={open} className="inline-form" role="search" aria-label="Kind op pseudoniem">
        <label htmlFor={`${id}-child`}>Pseudoniem van het kind</label>
        <input id={`${id}-child`} name="childId" defaultValue={route.childId ?? ''} key={route.childId ?? ''} required autoComplete="off" spellCheck={false} />
        <button type="submit">Openen</button>
      </form>
      {route.childId ? <ChildView childId={route.childId} /> : <OwnChildrenList />}
    </Shell>
  );
}

function ChildView({ childId }: { childId: string }) {
  return (
    <>
      <p className="child-id">
        Pseudoniem: <code>{childId}</code>
      </p>
      <div className="panels">
        {CHILD_PANELS.map((panel) => (
          <PartnerPanel key={`${panel.partner}-${childId}`} {...panel} childId={childId} />
        ))}
        <HubPanel childId={childId} />
      </div>
    </>
  );
}

/** The hub's own facts about the child: its open case (if your organisation takes part) and the consents recorded by or for you. */
function HubPanel({ childId }: { childId: string }) {
  const [{ data, fetching, error }] = useQuery({ query: ChildCase, variables: { id: childId } });
  const issues = fieldIssues(error);
  const caseIssue = issuesAt(issues, ['child', 'openCase'])[0];
  const consentIssue = issuesAt(issues, ['child', 'consents'])[0];
  const openCase = data?.child?.openCase;
  return (
    <section className="panel" aria-labelledby="panel-casus" data-partner="casus">
      <h2 id="panel-casus">Casus en toestemming (hub)</h2>
      {fetching && <Loading what="De casus" />}
      <div className="panel-field" data-field-name="openCase">
        <h3>Open casus</h3>
        {caseIssue ? (
          <FieldNotice issue={caseIssue} />
        ) : openCase ? (
          <p>
            <Link to={{ screen: 'casus', caseId: openCase.id, openFor: null }}>Casus {openCase.id}</Link>, AVE-fase {openCase.phase ?? '—'}, {valueLabel(openCase.status)}
          </p>
        ) : (
          !fetching && <p className="muted">Geen open casus waaraan uw organisatie deelneemt.</p>
        )}
      </div>
      <div className="panel-field" data-field-name="consents">
        <h3>Toestemmingen</h3>
        {consentIssue ? (
          <FieldNotice issue={consentIssue} />
        ) : data?.child?.consents && data.child.consents.length > 0 ? (
          <ul>
            {data.child.consents.map((consent) => (
              <li key={consent.id}>
                {valueLabel(consent.purpose)} voor {consent.organisation.name}: {valueLabel(consent.status)} (tot {consent.validUntil})
              </li>
            ))}
          </ul>
        ) : (
          !fetching && <p className="muted">Geen toestemmingen door of voor uw organisatie.</p>
        )}
      </div>
    </section>
  );
}

function OwnChildrenList() {
  const { config, session } = useApp();
  const type = config.organisations.find((org) => org.id === session.organisation)?.type;
  const flags = { school: type === 'SCHOOL', childcare: type === 'CHILDCARE', ggd: type === 'GGD', veiligThuis: type === 'VEILIG_THUIS', police: type === 'POLICE', youthCare: type === 'YOUTH_CARE' };
  const anyRegistry = Object.values(flags).some(Boolean);
  const [{ data, fetching, error }] = useQuery({ query: OwnChildren, variables: { org: session.organisation, ...flags }, pause: !anyRegistry });
  if (!anyRegistry) return <p className="muted">Uw organisatie heeft in de hub geen eigen registratie; open een kind op pseudoniem, bijvoorbeeld vanuit een match.</p>;
  const org = data?.organisation;
  const children = [...(org?.pupils ?? []), ...(org?.placedChildren ?? []), ...(org?.jgzClients ?? []), ...(org?.veiligThuisDossierChildren ?? []), ...(org?.registeredChildren ?? []), ...(org?.youthCareClients ?? [])];
  const issue = fieldIssues(error)[0];
  return (
    <section aria-labelledby="own-children">
      <h2 id="own-children">Kinderen in de eigen registratie van uw organisatie</h2>
      {fetching && <Loading what="Uw registratie" />}
      {issue && <FieldNotice issue={issue} />}
      <ul className="child-list">
        {children.map((child) => (
          <li key={child.id}>
            <Link to={{ screen: 'kind', childId: child.id }}>
              <code>{child.id}</code>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
