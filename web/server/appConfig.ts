import { covenantOrganisations, hubOperatorId, type CovenantOrganisation, type OrganisationType } from '../../schema/covenant.ts';
import { ROLE_ORGANISATION_TYPES } from '../../schema/roleOrganisations.ts';
import type { Role } from '../../schema/vocabulary.ts';
import type { OidcProvider } from './oidcProviders.ts';

/** What the app reads at `GET /config.json` before it shows anything: public facts of the covenant, no person. */
export interface AppConfig {
  /** The gateway's GraphQL URL as the browser reaches it. */
  gatewayUrl: string;
  /** Whether `POST /dev/token` exists (development mode only). */
  devLogin: boolean;
  organisations: readonly CovenantOrganisation[];
  /** Which kinds of organisation each role works for (a token claiming otherwise is refused). */
  roles: Record<Role, readonly OrganisationType[]>;
  /** The organisation operating the hub: its privacy officer reads the children's processing log. */
  hubOperator: string | null;
  oidc: readonly Omit<OidcProvider, 'issuer'>[];
}

export function appConfig(gatewayUrl: string, devLogin: boolean, oidc: readonly OidcProvider[]): AppConfig {
  return {
    gatewayUrl,
    devLogin,
    organisations: covenantOrganisations(),
    roles: ROLE_ORGANISATION_TYPES,
    hubOperator: hubOperatorId(),
    oidc: oidc.map(({ issuer: _issuer, ...provider }) => provider),
  };
}
