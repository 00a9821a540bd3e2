import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { AppConfig, OidcProvider } from '../config.ts';
import { sessionFromToken, type Session } from './session.ts';

/** Where the identity provider sends the professional back (registered with it as the redirect URI). */
export const CALLBACK_PATH = '/aanmelden/terug';
const PROVIDER_KEY = 'ketengraaf.oidc.provider';

/**
 * One organisation's identity provider, with oidc-client-ts: authorisation code flow with PKCE (the
 * library's default for `response_type: code`), its state and tokens in sessionStorage only.
 */
function userManager(provider: OidcProvider): UserManager {
  return new UserManager({
    authority: provider.authority,
    client_id: provider.clientId,
    redirect_uri: `${location.origin}${CALLBACK_PATH}`,
    response_type: 'code',
    scope: provider.scope,
    // Providers that issue access tokens for a named API ask for it this way (Entra ID, Keycloak, Auth0 differ; see web/README.md).
    extraQueryParams: { audience: provider.audience, resource: provider.audience },
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    loadUserInfo: false,
  });
}

export const providerFor = (config: AppConfig, organisation: string) => config.oidc.find((provider) => provider.organisations.includes(organisation)) ?? null;

export async function startOidcLogin(config: AppConfig, organisation: string): Promise<void> {
  const provider = providerFor(config, organisation);
  if (!provider) throw new Error('Voor deze organisatie is geen identiteitsaanbieder ingesteld.');
  sessionStorage.setItem(PROVIDER_KEY, String(config.oidc.indexOf(provider)));
  await userManager(provider).signinRedirect();
}

let finishing: Promise<Session> | null = null;

/**
 * Back from the provider: exchanges the code (with the PKCE verifier) for tokens; the access token
 * goes to the gateway. Once per page load: a code is good for one exchange only.
 */
export function finishOidcLogin(config: AppConfig): Promise<Session> {
  finishing ??= exchangeCode(config);
  return finishing;
}

async function exchangeCode(config: AppConfig): Promise<Session> {
  const provider = config.oidc[Number(sessionStorage.getItem(PROVIDER_KEY))];
  if (!provider) throw new Error('De aanmelding is niet vanuit deze app gestart.');
  const user = await userManager(provider).signinRedirectCallback();
  sessionStorage.removeItem(PROVIDER_KEY);
  history.replaceState(null, '', '/');
  return sessionFromToken(user.access_token, 'oidc');
}
