import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { TestProject } from 'vitest/node';
import { startFakeIdentityProvider } from './fakeIdentityProvider.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The app as `npm start` printed it. */
    webUrl: string;
    /** The gateway as `npm start` printed it. */
    gatewayUrl: string;
    /** An OpenID Connect provider of De Wilg (school), in the trusted-issuer list with an `oidc` client. */
    idpUrl: string;
  }
}

const root = new URL('../..', import.meta.url).pathname;

/**
 * `npm start` as a user runs it, on free ports, with its own processing log: waited on by the URLs
 * it prints and the gateway's /health (every process running), never by a sleep of a guessed length.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const idp = await startFakeIdentityProvider({ clientId: 'ketengraaf-app', audience: 'ketengraaf-hub', professional: { sub: 'ib-wilg-1', org: 'school-wilg', role: 'SCHOOL_CARE_COORDINATOR' } });
  const trustedIssuers = [{ issuer: idp.url, audience: 'ketengraaf-hub', organisations: ['school-wilg'], jwksUrl: `${idp.url}/jwks`, oidc: { clientId: 'ketengraaf-app' } }];
  const hub = spawn('npm', ['start'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DEMO_PORTS: 'ephemeral',
      PORT: '0',
      REDIS_URL: '',
      KETENGRAAF_TRUSTED_ISSUERS: JSON.stringify(trustedIssuers),
      KETENGRAAF_COMPILED: '0',
      KETENGRAAF_LOG_FILE: join(mkdtempSync(join(tmpdir(), 'ketengraaf-browser-')), 'processing-log.jsonl'),
      KETENGRAAF_DISCLOSURE_LOG_DIR: mkdtempSync(join(tmpdir(), 'ketengraaf-browser-disclosures-')),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  hub.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  hub.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (hub.exitCode === null && hub.signalCode === null) {
      const exited = new Promise((resolve) => hub.once('exit', resolve));
      process.kill(-(hub.pid ?? 0), 'SIGINT');
      await exited;
    }
    await idp.close();
  };
  try {
    const deadline = Date.now() + 180_000;
    let urls: { web: string; gateway: string } | null = null;
    while (!urls) {
      if (Date.now() > deadline || hub.exitCode !== null) throw new Error(`npm start did not come up:\n${output}`);
      const web = /^\s+web app\s+(http:\S+)/m.exec(output)?.[1];
      const gateway = /^\s+gateway\s+(http:\S+)/m.exec(output)?.[1];
      if (web && gateway) urls = { web, gateway };
      else await new Promise((resolve) => hub.stdout?.once('data', resolve));
    }
    for (;;) {
      const health = await fetch(new URL('/health', urls.gateway)).then((r) => r.status, () => 0);
      if (health === 200) break;
      if (Date.now() > deadline) throw new Error(`the hub never became healthy:\n${output}`);
      await delay(200);
    }
    project.provide('webUrl', urls.web);
    project.provide('gatewayUrl', urls.gateway);
    project.provide('idpUrl', idp.url);
  } catch (error) {
    await stop();
    throw error;
  }
  return stop;
}
