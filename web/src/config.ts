import type { OrganisationType, Role } from './i18n/vocabulary.ts';

export interface Organisation {
  id: string;
  name: string;
  type: OrganisationType;
}

/** An organisation's identity provider (OpenID Connect, authorisation code flow with PKCE). */
export interface OidcProvider {
  authority: string;
  clientId: string;
  scope: string;
  audience: string;
  organisations: readonly string[];
}

/** What `web/server` says at `/config.json`: public facts of the covenant, no person. */
export interface AppConfig {
  gatewayUrl: string;
  devLogin: boolean;
  organisations: readonly Organisation[];
  roles: Record<Role, readonly OrganisationType[]>;
  hubOperator: string | null;
  oidc: readonly OidcProvider[];
}

export async function loadConfig(): Promise<AppConfig> {
  const response = await fetch('/config.json', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`De configuratie van de app is niet beschikbaar (HTTP ${response.status}). Draait de gateway?`);
  return (await response.json()) as AppConfig;
}

export const organisationName = (config: AppConfig, id: string | null | undefined) => config.organisations.find((org) => org.id === id)?.name ?? id ?? '';
