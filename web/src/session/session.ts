import { isPurpose, isRole, type Purpose, type Role } from '../i18n/vocabulary.ts';

/** A signed-in professional: the bearer token and what its claims say. */
export interface Session {
  token: string;
  role: Role;
  organisation: string;
  /** The token's subject: the professional's id, as the hub records it. */
  professional: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
  method: 'development' | 'oidc';
}

// sessionStorage, not localStorage: the token lives only as long as this tab, and no other tab or
// later visitor of the browser finds it. It is never put in a URL.
const SESSION_KEY = 'ketengraaf.session';
const PURPOSE_KEY = 'ketengraaf.purpose';

/** The claims of a JWT the hub issued or trusts (not verified here: the gateway verifies every request). */
export function sessionFromToken(token: string, method: Session['method']): Session {
  const payload = token.split('.')[1];
  if (!payload) throw new Error('Het token is geen JWT.');
  const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
  if (!isRole(claims.role) || typeof claims.org !== 'string' || typeof claims.sub !== 'string' || typeof claims.exp !== 'number') {
    throw new Error('Het token noemt geen rol, organisatie of medewerker van het convenant.');
  }
  return { token, role: claims.role, organisation: claims.org, professional: claims.sub, expiresAt: claims.exp * 1000, method };
}

export function loadSession(): Session | null {
  const raw = sessionStorage.getItem(SESSION_KEY);
  if (!raw) return null;
  const session = JSON.parse(raw) as Session;
  if (session.expiresAt <= Date.now()) {
    clearSession();
    return null;
  }
  return session;
}

export const saveSession = (session: Session) => sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));

export function clearSession(): void {
  sessionStorage.removeItem(SESSION_KEY);
  sessionStorage.removeItem(PURPOSE_KEY);
}

/** The purpose chosen in this tab; null until the professional chooses one (never a default). */
export function loadPurpose(): Purpose | null {
  const value = sessionStorage.getItem(PURPOSE_KEY);
  return isPurpose(value) ? value : null;
}

export const savePurpose = (purpose: Purpose) => sessionStorage.setItem(PURPOSE_KEY, purpose);
