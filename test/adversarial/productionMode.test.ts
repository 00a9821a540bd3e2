import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoHub, type DemoHub } from '../../demo/startDemoHub.ts';
import { DEV_ISSUER, DevIssuer } from '../../gateway/devIssuer.ts';
import { gatewayOptionsFromEnv } from '../../gateway/gatewayConfig.ts';
import { generateContextKeys } from '../../schema/callerContext.ts';
import { DEMO_PSEUDONYM_KEY } from '../../subgraphs/kit/config.ts';
import { postGraphQL } from '../harness/postGraphQL.ts';

// The development issuer signs a token for any organisation and role, so under NODE_ENV=production
// no way of starting the gateway may trust it: the demo hub in-process, `npm start`, and the
// gateway's own configuration. (`npm run token` refusing in production: test/e2e/tokenScript.test.ts.)
const root = new URL('../..', import.meta.url).pathname;
const POPULATION = { seed: 'adversarial-production', count: 40 };
const QUERY = /* GraphQL */ `{ organisation(id: "school-esdoorn") { name } }`;
const logFile = () => join(mkdtempSync(join(tmpdir(), 'ketengraaf-adv-log-')), 'processing-log.jsonl');
/** What production needs besides the issuers: the covenant's pseudonym key (the demo's here, so the demo partners match). */
const productionEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  NODE_ENV: 'production',
  KETENGRAAF_PSEUDONYM_KEY: DEMO_PSEUDONYM_KEY,
  KETENGRAAF_LOG_FILE: logFile(),
  GRANTS_CACHE_MS: '0',
  ...extra,
});

/** An identity provider of the covenant's own, as KETENGRAAF_TRUSTED_ISSUERS names it. */
async function ownIssuer() {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const config = { issuer: 'https://idp.gemeente-demo.example', audience: 'ketengraaf-hub', organisations: ['gemeente-demo'], publicKeyJwk: { ...(await exportJWK(publicKey)), alg: 'ES256' } };
  const issue = () =>
    new SignJWT({ org: 'gemeente-demo', role: 'CASE_DIRECTOR' })
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer(config.issuer)
      .setAudience(config.audience)
      .setSubject('regisseur-productie')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
  return { config, issue };
}

describe('the demo hub started in-process with NODE_ENV=production', () => {
  it('refuses to start, saying why, when no other issuer is configured (also with KETENGRAAF_DEV_ISSUER=enabled)', async () => {
    for (const extra of [{}, { KETENGRAAF_DEV_ISSUER: 'enabled' }]) {
      const starting = startDemoHub({ population: POPULATION, ports: 'ephemeral', devIssuer: await DevIssuer.generate(), env: productionEnv(extra) });
      await expect(starting).rejects.toThrow(/NODE_ENV=production.*KETENGRAAF_TRUSTED_ISSUERS/);
    }
  });

  describe('with the covenant’s own issuer configured', () => {
    let hub: DemoHub;
    let devIssuer: DevIssuer;
    let issuer: Awaited<ReturnType<typeof ownIssuer>>;

    beforeAll(async () => {
      devIssuer = await DevIssuer.generate();
      issuer = await ownIssuer();
      hub = await startDemoHub({
        population: POPULATION,
        ports: 'ephemeral',
        devIssuer,
        env: productionEnv({ KETENGRAAF_TRUSTED_ISSUERS: JSON.stringify([issuer.config]), KETENGRAAF_DEV_ISSUER: 'enabled' }),
      });
    });
    afterAll(async () => {
      await hub?.close();
    });

    it('answers 401 to a development token, for any role and organisation', async () => {
      for (const [role, organisation] of [['CASE_DIRECTOR', 'gemeente-demo'], ['POLICE_OFFICER', 'politie-basisteam'], ['PRIVACY_OFFICER', 'gemeente-demo']] as const) {
        const token = await devIssuer.issue({ role, organisation });
        const answer = await postGraphQL(hub.gateway.url, QUERY, { headers: { authorization: `Bearer ${token}`, 'x-purpose': 'CASE_DISCUSSION' } });
        expect(answer.status, `${role} ${organisation}`).toBe(401);
        expect(answer.body.data).toBeUndefined();
        expect(answer.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
    });

    it('serves no GraphiQL to a browser, with or without a token', async () => {
      const withToken: Record<string, string> = { accept: 'text/html', authorization: `Bearer ${await issuer.issue()}` };
      for (const headers of [{ accept: 'text/html' }, withToken]) {
        const response = await fetch(hub.gateway.url, { headers });
        expect(response.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
        expect(await response.text()).not.toMatch(/GraphiQL/i);
      }
    });

    it('control: a token of the configured issuer is served', async () => {
      const answer = await postGraphQL(hub.gateway.url, QUERY, { headers: { authorization: `Bearer ${await issuer.issue()}`, 'x-purpose': 'CASE_DISCUSSION' } });
      expect(answer.status).toBe(200);
      expect(answer.body.data.organisation.name).toMatch(/Esdoorn/);
    });
  });
});

describe('gateway/gatewayConfig.ts under NODE_ENV=production', () => {
  it('refuses a configuration with no issuer but the development one, whatever else is set', async () => {
    const { privateJwk } = await generateContextKeys();
    for (const extra of [{}, { KETENGRAAF_DEV_ISSUER: 'enabled' }]) {
      await expect(gatewayOptionsFromEnv(productionEnv({ KETENGRAAF_CONTEXT_PRIVATE_KEY: privateJwk, ...extra }))).rejects.toThrow(/No trusted issuers/);
    }
  });

  // An unset or misspelt NODE_ENV is not development: the gateway's own entry point fails closed.
  it('trusts the development issuer only for NODE_ENV=development or test, not when it is unset or misspelt', async () => {
    const { privateJwk } = await generateContextKeys();
    for (const nodeEnv of [undefined, '', 'Production', 'prod', 'staging']) {
      const env = { ...productionEnv({ KETENGRAAF_CONTEXT_PRIVATE_KEY: privateJwk }), NODE_ENV: nodeEnv };
      await expect(gatewayOptionsFromEnv(env), String(nodeEnv)).rejects.toThrow(/No trusted issuers/);
    }
    const development = await gatewayOptionsFromEnv({ ...productionEnv({ KETENGRAAF_CONTEXT_PRIVATE_KEY: privateJwk }), NODE_ENV: 'development' });
    expect(development.issuers.map((i) => i.issuer)).toEqual([DEV_ISSUER]);
  });

  it('with the covenant’s own issuer, trusts that one and not the development issuer', async () => {
    const { privateJwk } = await generateContextKeys();
    const { config } = await ownIssuer();
    const options = await gatewayOptionsFromEnv(
      productionEnv({ KETENGRAAF_CONTEXT_PRIVATE_KEY: privateJwk, KETENGRAAF_TRUSTED_ISSUERS: JSON.stringify([config]), KETENGRAAF_DEV_ISSUER: 'enabled' }),
    );
    expect(options.issuers.map((i) => i.issuer)).toEqual([config.issuer]);
    expect(options.issuers.some((i) => i.issuer === DEV_ISSUER)).toBe(false);
  });
});

describe('npm start under NODE_ENV=production', () => {
  it('exits with a clear message instead of serving with the development issuer', async () => {
    const child = spawn('npm', ['start'], {
      cwd: root,
      env: { ...process.env, ...productionEnv(), DEMO_PORTS: 'ephemeral', DEMO_CHILDREN: '40', PORT: '0', REDIS_URL: '', KETENGRAAF_TRUSTED_ISSUERS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    // Ends when the process exits, or as soon as it says it is ready (the failure this test is for).
    const ended = new Promise<number | null>((resolve) => {
      child.once('exit', (code) => resolve(code));
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        if (/ready in/.test(output)) resolve(-1);
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
    });
    try {
      const code = await ended;
      expect(code, output).not.toBe(0);
      expect(output).not.toMatch(/ready in/);
      expect(output).toMatch(/could not start/);
      expect(output).toMatch(/NODE_ENV=production/);
    } finally {
      if (child.exitCode === null && child.signalCode === null) process.kill(-(child.pid ?? 0), 'SIGKILL');
    }
  }, 60_000);
});
