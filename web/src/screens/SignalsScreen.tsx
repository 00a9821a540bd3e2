import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useApp } from '../appContext.ts';
import { Link } from '../components/Link.tsx';
import { NeedsPurpose } from '../components/NeedsPurpose.tsx';
import { Shell } from '../components/Shell.tsx';
import { Done, ErrorMessage, Loading } from '../components/Status.tsx';
import { graphql } from '../gql';
import type { SignalDomain } from '../gql/graphql.ts';
import { requestFailure } from '../graphql/fieldIssues.ts';
import { valueLabel } from '../i18n/labels.ts';
import { PURPOSE_LABEL } from '../i18n/vocabulary.ts';
import type { Route } from '../router.ts';

const MySignalsQuery = graphql(/* GraphQL */ `
  query MySignals {
    mySignals { id child { id } domain registeredAt status involvement contact { name } }
    myMatches { since child { id } signals { id organisation { id name } contact { name } domain involvement registeredAt } }
  }
`);
const RegisterSignal = graphql(/* GraphQL */ `
  mutation RegisterSignal($input: RegisterSignalInput!) { registerSignal(input: $input) { id status } }
`);
const WithdrawSignal = graphql(/* GraphQL */ `
  mutation WithdrawSignal($signalId: ID!) { withdrawSignal(signalId: $signalId) { id status } }
`);

const DOMAINS: SignalDomain[] = ['EDUCATION', 'HEALTH', 'SAFETY', 'FAMILY', 'DEVELOPMENT', 'OTHER'];

/** Mijn signalen en matches: register a signal of involvement (no content), withdraw it, and see matches with the others' contacts. */
export function SignalsScreen({ route }: { route: Route }) {
  const { session, purpose } = useApp();
  const [{ data, fetching, error }, refetch] = useQuery({ query: MySignalsQuery });
  const [withdrawal, withdraw] = useMutation(WithdrawSignal);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const isDirector = session.role === 'CASE_DIRECTOR';
  return (
    <Shell route={route} title="Mijn signalen en matches">
      <NeedsPurpose purposes={['SIGNALLING', 'CASE_DISCUSSION']}>
        {purpose === 'SIGNALLING' ? (
          <RegisterForm onRegistered={reload} />
        ) : (
          <p className="muted">Een signaal afgeven of intrekken doet u voor doel {PURPOSE_LABEL.SIGNALLING}.</p>
        )}
        <section aria-labelledby="my-signals">
          <h2 id="my-signals">Signalen van uw organisatie</h2>
          {fetching && <Loading what="Uw signalen" />}
          {requestFailure(error) && <ErrorMessage>{requestFailure(error)}</ErrorMessage>}
          {withdrawal.error && <ErrorMessage>Intrekken is niet gelukt: {withdrawal.error.graphQLErrors[0]?.message ?? withdrawal.error.message}</ErrorMessage>}
          {data?.mySignals && data.mySignals.length === 0 && <p className="muted">Uw organisatie heeft nog geen signalen afgegeven.</p>}
          {data?.mySignals && data.mySignals.length > 0 && (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Kind (pseudoniem)</th>
                    <th scope="col">Domein</th>
                    <th scope="col">Contactpersoon</th>
                    <th scope="col">Afgegeven</th>
                    <th scope="col">Betrokkenheid</th>
                    <th scope="col">Status</th>
                    <th scope="col"><span className="visually-hidden">Acties</span></th>
                  </tr>
                </thead>
                <tbody>
                  {data.mySignals.map((signal) => (
                    <tr key={signal.id}>
                      <td>{signal.child ? <Link to={{ screen: 'kind', childId: signal.child.id }}><code>{signal.child.id}</code></Link> : '—'}</td>
                      <td>{valueLabel(signal.domain)}</td>
                      <td>{signal.contact?.name ?? '—'}</td>
                      <td>{signal.registeredAt.slice(0, 10)}</td>
                      <td>{valueLabel(signal.involvement)}</td>
                      <td>{valueLabel(signal.status)}</td>
                      <td>
                        {signal.status === 'OPEN' && purpose === 'SIGNALLING' && (
                          <button type="button" className="secondary" onClick={() => void withdraw({ signalId: signal.id }).then(reload)}>
                            Intrekken<span className="visually-hidden"> (signaal over {signal.child?.id})</span>
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <section aria-labelledby="matches">
          <h2 id="matches">Matches</h2>
          <p className="muted">
            {isDirector
              ? 'Als regisseur ziet u elke match (matchregie): twee of meer organisaties met een open signaal over hetzelfde kind.'
              : 'Twee of meer organisaties met een open signaal over hetzelfde kind: neem contact op met de andere contactpersonen.'}
          </p>
          {data?.myMatches && data.myMatches.length === 0 && <p className="muted">Geen matches.</p>}
          {data?.myMatches?.map((match) => (
            <article key={`${match.child?.id}-${match.since}`} className="card match">
              <h3>
                Match over <code>{match.child?.id}</code> <span className="muted">sinds {match.since.slice(0, 10)}</span>
              </h3>
              <ul>
                {match.signals.map((signal) => (
                  <li key={signal.id}>
                    <strong>{signal.organisation.name}</strong>: contactpersoon {signal.contact?.name ?? '—'}, domein {valueLabel(signal.domain)}; betrokkenheid: {valueLabel(signal.involvement)}
                  </li>
                ))}
              </ul>
              <p className="card-actions">
                {match.child && <Link to={{ screen: 'kind', childId: match.child.id }}>Naar het kind</Link>}
                {isDirector && match.child && <Link to={{ screen: 'casus', caseId: null, openFor: match.child.id }}>Casus openen</Link>}
              </p>
            </article>
          ))}
        </section>
      </NeedsPurpose>
    </Shell>
  );
}

function RegisterForm({ onRegistered }: { onRegistered(): void }) {
  const { config, session } = useApp();
  const [result, register] = useMutation(RegisterSignal);
  const [done, setDone] = useState(false);
  const id = useId();
  const municipality = config.organisations.find((org) => org.id === session.organisation)?.type === 'MUNICIPALITY';
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(false);
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const domain = text('domain');
    const answer = await register({
      input: {
        childId: text('childId'),
        childBirthDate: text('birthDate'),
        contactName: text('contactName'),
        domain: domain ? (domain as SignalDomain) : null,
        statedReason: municipality ? text('statedReason') : null,
      },
    });
    if (answer.data?.registerSignal) {
      setDone(true);
      onRegistered();
    }
  };
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Signaal afgeven</h2>
      <p className="muted">Een signaal zegt alleen dát uw organisatie betrokken is, nooit waarom. De hub controleert uw betrokkenheid in de eigen registratie van uw organisatie.</p>
      <form onSubmit={submit} className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-child`}>Pseudoniem van het kind</label>
          <input id={`${id}-child`} name="childId" required autoComplete="off" spellCheck={false} pattern="ch_[A-Za-z0-9]+" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-birth`}>Geboortedatum (voor de leeftijdsregel van toestemming)</label>
          <input id={`${id}-birth`} name="birthDate" type="date" required />
        </div>
        <div className="field">
          <label htmlFor={`${id}-domain`}>Domein</label>
          <select id={`${id}-domain`} name="domain" defaultValue="">
            <option value="">Geen domein</option>
            {DOMAINS.map((d) => (
              <option key={d} value={d}>
                {valueLabel(d)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-contact`}>Uw naam als contactpersoon</label>
          <input id={`${id}-contact`} name="contactName" required autoComplete="name" />
        </div>
        {municipality && (
          <div className="field wide">
            <label htmlFor={`${id}-reason`}>Reden van betrokkenheid (verplicht voor de gemeente)</label>
            <textarea id={`${id}-reason`} name="statedReason" required aria-describedby={`${id}-reason-hint`} />
            <p id={`${id}-reason-hint`} className="muted">
              De gemeente heeft in de hub geen eigen registratie die haar betrokkenheid bevestigt. Uw reden wordt bewaard en door de privacyfunctionaris van de hub beoordeeld.
            </p>
          </div>
        )}
        <div className="form-actions">
          <button type="submit" disabled={result.fetching}>
            {result.fetching ? 'Bezig…' : 'Signaal afgeven'}
          </button>
        </div>
      </form>
      {result.error && <ErrorMessage>Het signaal is niet afgegeven: {result.error.graphQLErrors[0]?.message ?? result.error.message}</ErrorMessage>}
      {done && <Done>Het signaal is afgegeven.</Done>}
    </section>
  );
}
