import { useId, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useApp } from '../../appContext.ts';
import { FieldNotice } from '../../components/FieldNotice.tsx';
import { ErrorMessage } from '../../components/Status.tsx';
import type { ConsentGiver } from '../../gql/graphql.ts';
import { issuesAt, type FieldIssue } from '../../graphql/fieldIssues.ts';
import { valueLabel } from '../../i18n/labels.ts';
import { ConfirmConsent, RecordConsent, WithdrawConsent } from './caseOperations.ts';
import type { CaseData } from './CaseOverview.tsx';
import { dateFromToday, mutationError } from './mutationError.ts';

const GIVERS: ConsentGiver[] = ['PARENT', 'GUARDIAN', 'CHILD'];

/**
 * Toestemming per doel en organisatie. The director records it for a participating organisation;
 * for the director's own organisation it holds only once a participant of another organisation
 * confirms it (AWAITING_CONFIRMATION), which this section offers to that participant.
 */
export function CaseConsents({ data, issues, isDirector, onChanged }: { data: CaseData; issues: readonly FieldIssue[]; isDirector: boolean; onChanged(): void }) {
  const { session } = useApp();
  const [recordResult, record] = useMutation(RecordConsent);
  const [confirmResult, confirm] = useMutation(ConfirmConsent);
  const [withdrawResult, withdraw] = useMutation(WithdrawConsent);
  const id = useId();
  const childId = data.child?.id ?? null;
  const consents = data.child?.consents ?? null;
  const issue = issuesAt(issues, ['case', 'child'])[0];
  const directorOrg = data.caseDirector?.organisation?.id;
  const organisations = [...new Map((data.participants ?? []).map((p) => [p.organisation.id, p.organisation.name])).entries()];
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!childId) return;
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '');
    const answer = await record({
      input: { childId, purpose: 'CASE_DISCUSSION', organisationId: value('organisation'), givenBy: value('giver') as ConsentGiver, validUntil: value('validUntil'), childBirthDate: value('birthDate') || null },
    });
    if (answer.data?.recordConsent) onChanged();
  };
  const error = mutationError(recordResult.error ?? confirmResult.error ?? withdrawResult.error);
  return (
    <section aria-labelledby="consents">
      <h2 id="consents">Toestemming</h2>
      {issue && <FieldNotice issue={issue} />}
      {issuesAt(issues, ['case', 'child', 'consents']).map((i, n) => <FieldNotice key={n} issue={i} />)}
      {error && <ErrorMessage>{error}</ErrorMessage>}
      {consents && consents.length === 0 && <p className="muted">Geen toestemming vastgelegd door of voor uw organisatie.</p>}
      {consents && consents.length > 0 && (
        <ul className="consents">
          {consents.map((consent) => (
            <li key={consent.id} data-status={consent.status}>
              <strong>{valueLabel(consent.purpose)}</strong> voor {consent.organisation.name}: <span className="status">{valueLabel(consent.status)}</span>, geldig tot {consent.validUntil}; gegeven door{' '}
              {consent.givenBy.map((g) => valueLabel(g.giver)).join(' en ')}
              {consent.confirmedBy && <> (bevestigd door {consent.confirmedBy.name})</>}
              {consent.status === 'AWAITING_CONFIRMATION' && (
                <>
                  <br />
                  <span className="muted">
                    Wacht op bevestiging door een deelnemer van een andere organisatie dan {consent.organisation.name}. Kenmerk voor die deelnemer: <code className="consent-id">{consent.id}</code>
                  </span>
                </>
              )}
              {(consent.status === 'VALID' || consent.status === 'AWAITING_CONFIRMATION' || consent.status === 'PENDING') && (
                <button type="button" className="secondary small" onClick={() => void withdraw({ consentId: consent.id }).then(onChanged)}>
                  Intrekken
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!isDirector && data.caseDirector?.organisation?.id !== session.organisation && (
        <ConfirmConsentForm onConfirm={(consentId, confirmerName) => void confirm({ input: { consentId, confirmerName } }).then((answer) => answer.data?.confirmConsent && onChanged())} confirmed={confirmResult.data?.confirmConsent?.status ?? null} />
      )}
      {isDirector && childId && (
        <form onSubmit={submit} className="form-grid compact" aria-label="Toestemming vastleggen">
          <div className="field">
            <label htmlFor={`${id}-org`}>Voor organisatie</label>
            <select id={`${id}-org`} name="organisation" required>
              {organisations.map(([orgId, name]) => <option key={orgId} value={orgId}>{name}{orgId === directorOrg ? ' (eigen organisatie: vraagt bevestiging)' : ''}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-giver`}>Gegeven door</label>
            <select id={`${id}-giver`} name="giver">{GIVERS.map((g) => <option key={g} value={g}>{valueLabel(g)}</option>)}</select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-birth`}>Geboortedatum van het kind</label>
            <input id={`${id}-birth`} name="birthDate" type="date" aria-describedby={`${id}-birth-hint`} />
            <span id={`${id}-birth-hint`} className="muted">Alleen nodig als uw organisatie die nog niet gaf: de leeftijd bepaalt wie toestemming geeft.</span>
          </div>
          <div className="field"><label htmlFor={`${id}-until`}>Geldig tot</label><input id={`${id}-until`} name="validUntil" type="date" required defaultValue={dateFromToday(180)} /></div>
          <div className="form-actions"><button type="submit" className="secondary">Toestemming vastleggen</button></div>
        </form>
      )}
    </section>
  );
}

/**
 * Confirming the director's consent for the director's own organisation. The graph shows a consent
 * only to the organisations it was recorded by or for, so the confirmer enters the kenmerk the
 * director gives at the case table (separation of duties: the director cannot confirm it alone).
 */
function ConfirmConsentForm({ onConfirm, confirmed }: { onConfirm(consentId: string, name: string): void; confirmed: string | null }) {
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    onConfirm(String(form.get('consentId') ?? '').trim(), String(form.get('name') ?? '').trim());
  };
  return (
    <form className="form-grid compact" onSubmit={submit} aria-label="Toestemming van de regisseur bevestigen">
      <p className="muted wide">Legde de regisseur toestemming vast voor de eigen organisatie? Die geldt pas als u, als deelnemer van een andere organisatie, haar bevestigt met het kenmerk dat de regisseur u geeft.</p>
      <div className="field"><label htmlFor={`${id}-consent`}>Kenmerk van de toestemming</label><input id={`${id}-consent`} name="consentId" required autoComplete="off" /></div>
      <div className="field"><label htmlFor={`${id}-name`}>Uw naam</label><input id={`${id}-name`} name="name" required autoComplete="name" /></div>
      <div className="form-actions"><button type="submit" className="secondary">Toestemming bevestigen</button></div>
      {confirmed && <p role="status" className="done-message wide">De toestemming is bevestigd: {valueLabel(confirmed)}.</p>}
    </form>
  );
}
