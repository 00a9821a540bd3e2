import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useApp } from '../appContext.ts';
import { NeedsPurpose } from '../components/NeedsPurpose.tsx';
import { RecordView } from '../components/RecordView.tsx';
import { Shell } from '../components/Shell.tsx';
import { Done, ErrorMessage, Loading } from '../components/Status.tsx';
import { graphql } from '../gql';
import { requestFailure } from '../graphql/fieldIssues.ts';
import { valueLabel } from '../i18n/labels.ts';
import type { Route } from '../router.ts';
import { dateFromToday, mutationError } from './case/mutationError.ts';
import { RecordConsent } from './case/caseOperations.ts';

const Prepared = graphql(/* GraphQL */ `
  query PreparedHandovers { preparedHandovers { id child { id } toSchool { id name } preparedAt status } }
`);
const Incoming = graphql(/* GraphQL */ `
  query IncomingHandovers { incomingHandovers { id child { id } fromOrganisation { name } preparedAt status development vveProgramme vveDurationMonths pointsOfAttention } }
`);
const Prepare = graphql(/* GraphQL */ `
  mutation PrepareWarmHandover($input: PrepareWarmHandoverInput!) { prepareWarmHandover(input: $input) { id status } }
`);

/** Warme overdracht: the childcare prepares the form and records the parents' consent; the school sees it once that consent holds. */
export function HandoverScreen({ route }: { route: Route }) {
  const { session } = useApp();
  return (
    <Shell route={route} title="Warme overdracht">
      <NeedsPurpose purposes={['WARM_HANDOVER']}>{session.role === 'CHILDCARE_WORKER' ? <ChildcareHandovers /> : <SchoolHandovers />}</NeedsPurpose>
    </Shell>
  );
}

function ChildcareHandovers() {
  const { config } = useApp();
  const [{ data, fetching, error }, refetch] = useQuery({ query: Prepared });
  const [prepared, prepare] = useMutation(Prepare);
  const [consent, recordConsent] = useMutation(RecordConsent);
  const [said, setSaid] = useState<string | null>(null);
  const id = useId();
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const schools = config.organisations.filter((org) => org.type === 'SCHOOL');
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    const answer = await prepare({
      input: {
        childId: value('childId'),
        childBirthDate: value('birthDate') || null,
        toSchoolId: value('school'),
        development: value('development'),
        vveProgramme: value('programme'),
        vveDurationMonths: Number(value('months')),
        pointsOfAttention: value('points').split('\n').map((p) => p.trim()).filter(Boolean),
      },
    });
    if (answer.data?.prepareWarmHandover) (formElement.reset(), setSaid('Het overdrachtsformulier is klaargezet; leg de toestemming van de ouders vast om het vrij te geven.'), reload());
  };
  return (
    <>
      <section aria-labelledby={`${id}-new`}>
        <h2 id={`${id}-new`}>Overdrachtsformulier klaarzetten</h2>
        <p className="muted">Alleen de kinderopvang waar het kind geplaatst is zet het formulier klaar. De school ziet het pas als de ouders toestemming hebben gegeven.</p>
        <form onSubmit={submit} className="form-grid">
          <div className="field"><label htmlFor={`${id}-child`}>Pseudoniem van het kind</label><input id={`${id}-child`} name="childId" required autoComplete="off" /></div>
          <div className="field"><label htmlFor={`${id}-birth`}>Geboortedatum</label><input id={`${id}-birth`} name="birthDate" type="date" /></div>
          <div className="field">
            <label htmlFor={`${id}-school`}>Naar school</label>
            <select id={`${id}-school`} name="school">{schools.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}</select>
          </div>
          <div className="field"><label htmlFor={`${id}-prog`}>VVE-programma</label><input id={`${id}-prog`} name="programme" required /></div>
          <div className="field"><label htmlFor={`${id}-months`}>Duur VVE (maanden)</label><input id={`${id}-months`} name="months" type="number" min="0" max="60" required /></div>
          <div className="field wide"><label htmlFor={`${id}-dev`}>Ontwikkeling van het kind</label><textarea id={`${id}-dev`} name="development" required /></div>
          <div className="field wide"><label htmlFor={`${id}-points`}>Aandachtspunten (één per regel)</label><textarea id={`${id}-points`} name="points" /></div>
          <div className="form-actions"><button type="submit" disabled={prepared.fetching}>Klaarzetten</button></div>
        </form>
        {mutationError(prepared.error ?? consent.error) && <ErrorMessage>{mutationError(prepared.error ?? consent.error)}</ErrorMessage>}
        {said && <Done>{said}</Done>}
      </section>
      <section aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>Klaargezette overdrachten</h2>
        {fetching && <Loading what="Uw overdrachten" />}
        {requestFailure(error) && <ErrorMessage>{requestFailure(error)}</ErrorMessage>}
        {data?.preparedHandovers?.length === 0 && <p className="muted">Nog geen overdrachten.</p>}
        <ul>
          {data?.preparedHandovers?.map((handover) => (
            <li key={handover.id}>
              <code>{handover.child?.id}</code> naar {handover.toSchool.name}, {handover.preparedAt.slice(0, 10)}: {valueLabel(handover.status)}
              {handover.status === 'AWAITING_CONSENT' && handover.child && (
                <button
                  type="button"
                  className="secondary small"
                  onClick={() =>
                    void recordConsent({ input: { childId: handover.child?.id ?? '', purpose: 'WARM_HANDOVER', organisationId: handover.toSchool.id, givenBy: 'PARENT', validUntil: dateFromToday(365) } }).then(
                      (answer) => (answer.data?.recordConsent && setSaid('De toestemming van de ouders is vastgelegd.'), reload()),
                    )
                  }
                >
                  Toestemming ouders vastleggen
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function SchoolHandovers() {
  const [{ data, fetching, error }] = useQuery({ query: Incoming });
  return (
    <section aria-labelledby="incoming">
      <h2 id="incoming">Binnenkomende overdrachten</h2>
      <p className="muted">U ziet een overdracht zodra de ouders toestemming hebben gegeven voor uw school.</p>
      {fetching && <Loading what="De overdrachten" />}
      {requestFailure(error) && <ErrorMessage>{requestFailure(error)}</ErrorMessage>}
      {data?.incomingHandovers?.length === 0 && <p className="muted">Geen overdrachten met geldige toestemming.</p>}
      {data?.incomingHandovers?.map((handover) => (
        <article key={handover.id} className="card">
          <h3>
            <code>{handover.child?.id}</code> van {handover.fromOrganisation.name}
          </h3>
          <RecordView value={{ preparedAt: handover.preparedAt.slice(0, 10), development: handover.development, vveProgramme: handover.vveProgramme, vveDurationMonths: handover.vveDurationMonths, pointsOfAttention: handover.pointsOfAttention }} caption="Overdracht" />
        </article>
      ))}
    </section>
  );
}
