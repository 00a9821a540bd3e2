import { fileURLToPath } from 'node:url';
import { DevIssuer } from '../../gateway/devIssuer.ts';
import { developmentMode } from '../../schema/environment.ts';
import { runProcess } from '../../schema/runProcess.ts';
import { ensureAppBuilt } from './appBuild.ts';
import { oidcProvidersFromEnv } from './oidcProviders.ts';
import { startWebServer } from './webServer.ts';

// From web/server/ (sources) or dist/web/server/ (compiled); the built app is web/dist either way.
const compiled = import.meta.url.endsWith('.js');
const webRoot = fileURLToPath(new URL(compiled ? '../../../web' : '..', import.meta.url));

/**
 * The web app's server as its own process: `WEB_PORT` (default 4080), `HOST` (127.0.0.1),
 * `KETENGRAAF_GATEWAY_URL` (the gateway as browsers reach it; `npm start` tells it once the gateway
 * runs), `KETENGRAAF_TRUSTED_ISSUERS` (its `oidc` members: the sign-in providers), and the
 * development login in development mode only.
 */
await runProcess({ label: 'web app' }, async () => {
  const env = process.env;
  const development = developmentMode(env);
  const port = env.WEB_PORT === undefined || env.WEB_PORT === '' ? 4080 : Number(env.WEB_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`WEB_PORT must be a port number (0 for any free port), got "${env.WEB_PORT}"`);
  const root = await ensureAppBuilt(webRoot, { mayBuild: development && !compiled, log: (line) => console.log(line) });
  const oidc = oidcProvidersFromEnv(env);
  if (!development && oidc.length === 0) throw new Error('no sign-in provider: outside development the app signs in with OpenID Connect only; give an issuer in KETENGRAAF_TRUSTED_ISSUERS an "oidc": { "clientId": … } member');
  return startWebServer({
    port,
    host: env.HOST ?? '127.0.0.1',
    root,
    gatewayUrl: () => env.KETENGRAAF_GATEWAY_URL || undefined,
    devIssuer: development ? await DevIssuer.fromFile() : null,
    oidc,
  });
});
