import type { Role } from '../i18n/vocabulary.ts';
import { sessionFromToken, type Session } from './session.ts';

/** The demo's login: a development token from the app's own server (`POST /dev/token`, development mode only). */
export async function devLogin(role: Role, organisation: string): Promise<Session> {
  const response = await fetch('/dev/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role, organisation }) });
  const body = (await response.json().catch(() => ({}))) as { token?: string; error?: string };
  if (!response.ok || !body.token) throw new Error(body.error ?? `De ontwikkellogin antwoordde HTTP ${response.status}.`);
  return sessionFromToken(body.token, 'development');
}
