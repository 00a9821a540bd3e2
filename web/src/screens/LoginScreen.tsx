import { useId, useState, type FormEvent } from 'react';
import type { AppConfig } from '../config.ts';
import { ErrorMessage } from '../components/Status.tsx';
import { ORGANISATION_TYPE_LABEL, PURPOSE_LABEL, PURPOSES_OF_ROLE, ROLE_LABEL, type OrganisationType, type Purpose, type Role } from '../i18n/vocabulary.ts';
import { devLogin } from '../session/devLogin.ts';
import { providerFor, startOidcLogin } from '../session/oidcLogin.ts';
import type { Session } from '../session/session.ts';

/**
 * Aanmelden: organisation and role from the covenant's list, and the purpose of the work, chosen
 * explicitly (no default). Production signs in at the organisation's identity provider (OpenID
 * Connect); the development login exists only when the app's server runs in development mode.
 */
export function LoginScreen({ config, signedIn, onSignedIn }: { config: AppConfig; signedIn?: Session; onSignedIn(session: Session, purpose: Purpose): void }) {
  if (signedIn) return <PurposeChoice config={config} session={signedIn} onChosen={(purpose) => onSignedIn(signedIn, purpose)} />;
  return <SignInForm config={config} onSignedIn={onSignedIn} />;
}

/**
 * Back from the identity provider with a role the provider decided (it may differ from the one
 * chosen here): the purpose is chosen again among that role's, never assumed.
 */
function PurposeChoice({ config, session, onChosen }: { config: AppConfig; session: Session; onChosen(purpose: Purpose): void }) {
  const [purpose, setPurpose] = useState<Purpose | ''>('');
  const organisation = config.organisations.find((org) => org.id === session.organisation)?.name ?? session.organisation;
  return (
    <main id="inhoud" className="login">
      <h1>Doel van uw werk</h1>
      <p>
        U bent aangemeld als {ROLE_LABEL[session.role]} bij {organisation}. Kies het doel van uw werk.
      </p>
      <form onSubmit={(event) => (event.preventDefault(), purpose && onChosen(purpose))}>
        <fieldset className="field">
          <legend>Doel van uw werk (doelbinding)</legend>
          {PURPOSES_OF_ROLE[session.role].map((p) => (
            <label key={p} className="radio">
              <input type="radio" name="chosen-purpose" value={p} checked={purpose === p} onChange={() => setPurpose(p)} /> {PURPOSE_LABEL[p]}
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={!purpose}>
          Verder
        </button>
      </form>
    </main>
  );
}

function SignInForm({ config, onSignedIn }: { config: AppConfig; onSignedIn(session: Session, purpose: Purpose): void }) {
  const [organisation, setOrganisation] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [purpose, setPurpose] = useState<Purpose | ''>('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { org: useId(), role: useId(), hint: useId() };
  const orgType = config.organisations.find((org) => org.id === organisation)?.type;
  const roles = (Object.keys(config.roles) as Role[]).filter((r) => orgType !== undefined && config.roles[r].includes(orgType));
  const purposes = role ? PURPOSES_OF_ROLE[role] : [];
  const provider = organisation ? providerFor(config, organisation) : null;
  const types = [...new Set(config.organisations.map((org) => org.type))] as OrganisationType[];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!organisation || !role || !purpose) return setError('Kies een organisatie, een rol en het doel van uw werk.');
    setBusy(true);
    try {
      if (provider) {
        sessionStorage.setItem('ketengraaf.purpose', purpose);
        await startOidcLogin(config, organisation);
        return;
      }
      onSignedIn(await devLogin(role, organisation), purpose);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  };

  return (
    <main id="inhoud" className="login">
      <h1>Aanmelden bij Ketengraaf</h1>
      <p>Eén netwerk voor de partners van het convenant. U ziet alleen wat uw rol voor het gekozen doel mag zien; elke inzage wordt vastgelegd.</p>
      {!config.devLogin && config.oidc.length === 0 && <ErrorMessage>Er is geen manier van aanmelden ingesteld. Neem contact op met de beheerder van de hub.</ErrorMessage>}
      <form onSubmit={submit} noValidate aria-describedby={ids.hint}>
        <div className="field">
          <label htmlFor={ids.org}>Organisatie</label>
          <select id={ids.org} value={organisation} required onChange={(e) => (setOrganisation(e.target.value), setRole(''), setPurpose(''))}>
            <option value="">Kies uw organisatie</option>
            {types.map((type) => (
              <optgroup key={type} label={ORGANISATION_TYPE_LABEL[type]}>
                {config.organisations.filter((org) => org.type === type).map((org) => (
                  <option key={org.id} value={org.id}>
                    {org.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.role}>Rol</label>
          <select id={ids.role} value={role} required disabled={!organisation} onChange={(e) => (setRole(e.target.value as Role), setPurpose(''))}>
            <option value="">{organisation ? 'Kies uw rol' : 'Kies eerst een organisatie'}</option>
            {roles.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABEL[r]}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field" disabled={!role}>
          <legend>Doel van uw werk (doelbinding)</legend>
          {!role && <p className="muted">Kies eerst een rol.</p>}
          {purposes.map((p) => (
            <label key={p} className="radio">
              <input type="radio" name="login-purpose" value={p} checked={purpose === p} onChange={() => setPurpose(p)} /> {PURPOSE_LABEL[p]}
            </label>
          ))}
        </fieldset>
        <p id={ids.hint} className="muted">
          {provider
            ? `U meldt zich aan bij de identiteitsaanbieder van uw organisatie (${new URL(provider.authority).host}).`
            : config.devLogin
              ? 'Ontwikkelomgeving: u krijgt een ontwikkeltoken voor deze rol en organisatie. Deze aanmelding bestaat niet in productie.'
              : 'Voor deze organisatie is geen identiteitsaanbieder ingesteld.'}
        </p>
        {error && <ErrorMessage>{error}</ErrorMessage>}
        <button type="submit" disabled={busy || (!provider && !config.devLogin)}>
          {busy ? 'Bezig met aanmelden…' : provider ? 'Aanmelden bij uw organisatie' : 'Aanmelden (ontwikkellogin)'}
        </button>
      </form>
    </main>
  );
}
