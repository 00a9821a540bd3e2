import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the proxy does with a call to the partner: pass it on, fail it (HTTP 503), or never answer. */
export type ProxyMode = 'pass' | 'fail' | 'hang';

/**
 * A recording proxy between a subgraph and its partner system, so the conformance suite can count
 * the partner calls a request costs, make the partner fail or hang, and learn the identifiers the
 * partner answered with (BSNs and local ids, which must never reach the graph), whatever language
 * the subgraph is written in. Identity-list calls made while loading the index always pass.
 */
export interface RecordingProxy {
  url: string;
  mode: ProxyMode;
  /** Calls per path since the last reset. */
  calls(): Record<string, number>;
  resetCalls(): void;
  /** Strings the partner answered under identifier-like keys (`leerlingnummer`, `id`, FHIR references). */
  readonly localIds: ReadonlySet<string>;
  /** Nine-digit strings the partner answered that pass the elfproef (BSNs). */
  readonly bsns: ReadonlySet<string>;
  close(): Promise<void>;
}

const ID_KEY = /(^id$|Id$|_id$|nummer$|Nummer$|number$|Number$|^[Ii]dentificatie$)/;
/** Whether nine digits pass the BSN elfproef (11-test): 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 mod 11. */
export const passesElfproef = (digits: string) =>
  /^\d{9}$/.test(digits) && [...digits].reduce((sum, d, i) => sum + Number(d) * (i === 8 ? -1 : 9 - i), 0) % 11 === 0 && digits !== '000000000';

function collect(value: unknown, key: string, ids: Set<string>, bsns: Set<string>): void {
  if (Array.isArray(value)) return value.forEach((item) => collect(item, key, ids, bsns));
  if (value && typeof value === 'object') return Object.entries(value).forEach(([k, v]) => collect(v, k, ids, bsns));
  if (typeof value !== 'string') return;
  if (passesElfproef(value)) bsns.add(value);
  if (ID_KEY.test(key) && value.length >= 5) ids.add(value);
  if (key === 'reference' && value.includes('/')) ids.add(value.slice(value.lastIndexOf('/') + 1));
}

export async function startRecordingProxy(target: string, port = 0): Promise<RecordingProxy> {
  const base = target.endsWith('/') ? target : `${target}/`;
  const counts = new Map<string, number>();
  const localIds = new Set<string>();
  const bsns = new Set<string>();
  const hanging = new Set<ServerResponse>();
  const state = { mode: 'pass' as ProxyMode };

  const forward = async (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://proxy').pathname;
    const isHealth = path.endsWith('/health');
    if (!isHealth) counts.set(path, (counts.get(path) ?? 0) + 1);
    if (!isHealth && state.mode === 'fail') return response.writeHead(503, { 'content-type': 'application/json' }).end('{"error":"unavailable"}');
    if (!isHealth && state.mode === 'hang') return void hanging.add(response);
    const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => name === 'authorization' || name === 'accept' || name.startsWith('x-')) as [string, string][]);
    const upstream = await fetch(new URL((request.url ?? '/').replace(/^\//, ''), base), { headers });
    const text = await upstream.text();
    try {
      collect(JSON.parse(text), '', localIds, bsns);
    } catch {
      // not JSON: nothing to learn
    }
    response.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' }).end(text);
  };
  const server = createServer((request, response) => {
    forward(request, response).catch(() => response.writeHead(502).end());
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    get mode() {
      return state.mode;
    },
    set mode(mode: ProxyMode) {
      state.mode = mode;
      if (mode !== 'hang') for (const response of hanging) response.destroy();
      if (mode !== 'hang') hanging.clear();
    },
    calls: () => Object.fromEntries(counts),
    resetCalls: () => counts.clear(),
    localIds,
    bsns,
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
