import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startJeugdhulpSystem } from '../../demo/partners/jeugdhulp/jeugdhulpSystem.ts';
import { DEFAULT_SEED } from '../../demo/synthetic/population.ts';
import { generateContextKeys } from '../../schema/callerContext.ts';
import { subgraphConfig } from '../../subgraphs/kit/config.ts';
import { startSubgraph } from '../../subgraphs/kit/createSubgraph.ts';
import { jeugdhulpSubgraph } from '../../subgraphs/jeugdhulp/jeugdhulpSubgraph.ts';
import { GrantsDouble } from '../harness/grantsDouble.ts';

// `npm run connector:check` as a partner's developer runs it: the suite starts its recording proxy,
// the subgraph is started on it, and the report has one line per check and the exit code says it.
const root = new URL('../..', import.meta.url).pathname;
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const stop of stops.reverse()) await stop();
});

describe('npm run connector:check', () => {
  it('checks a running subgraph over HTTP and reports one line per check', async () => {
    const system = await startJeugdhulpSystem({ seed: DEFAULT_SEED, count: 300 });
    stops.push(() => system.close());
    const keys = await generateContextKeys();
    const keyFile = join(mkdtempSync(join(tmpdir(), 'check-key-')), 'context-key.jwk');
    writeFileSync(keyFile, keys.privateJwk);
    const port = await freePort();
    const check = spawn('npx', ['--no-install', 'tsx', 'scripts/connector/check.ts', '--url', `http://127.0.0.1:${port}/graphql`, '--subgraph', 'jeugdhulp', '--context-key', keyFile, '--partner-url', system.url, '--proxy-port', '0', '--partner-timeout-ms', '2000'], { cwd: root });
    let output = '';
    let started = false;
    const exit = new Promise<number>((resolve) => check.on('exit', (code) => resolve(code ?? 1)));
    check.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    check.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const proxy = /Recording proxy at (\S+):/.exec(output)?.[1];
      if (proxy && !started) {
        started = true;
        void startSubgraph(
          jeugdhulpSubgraph,
          subgraphConfig('jeugdhulp', {
            NODE_ENV: 'test',
            JEUGDHULP_PORT: String(port),
            JEUGDHULP_PARTNER_URL: proxy,
            JEUGDHULP_PARTNER_TOKEN: 'demo-partner-token',
            JEUGDHULP_PARTNER_TIMEOUT_MS: '2000',
            KETENGRAAF_CONTEXT_PUBLIC_KEY: keys.publicJwk,
            KETENGRAAF_DISCLOSURE_LOG_DIR: mkdtempSync(join(tmpdir(), 'check-disclosures-')),
          }),
          { grantSource: new GrantsDouble() },
        ).then((running) => stops.push(() => running.close()));
      }
    });
    expect(await exit, output).toBe(0);
    expect(output).toMatch(/PASS {2}sdl/);
    expect(output.match(/^ {2}PASS /gm)).toHaveLength(9);
    expect(output).toContain('Conformant: all 9 checks pass.');
  }, 90_000);
});
