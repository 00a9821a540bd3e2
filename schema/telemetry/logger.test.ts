import { context, trace } from '@opentelemetry/api';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskUnexpectedErrors } from '../../subgraphs/kit/maskErrors.ts';
import { loggerFor, setLogSink } from './logger.ts';
import { reportError } from './reportError.ts';
import { startTracing } from './tracing.ts';

// Log lines are read by operators and shipped to log stores: an error must arrive there in full
// enough to diagnose, with its trace id, and without a pseudonym, token, caller or the variables
// of the subgraph request it came from (the gateway's HTTP executor puts those on its errors).
const PSEUDONYM = 'ch_XszR5c1PA6DPkO7KuwoMEnW5Hab';
const JWT = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJkZXYtc2Nob29sIn0.c2lnbmF0dXJl';
const TRACE = { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', traceFlags: 1 };
const lines: string[] = [];
let previous: ReturnType<typeof setLogSink>;

beforeAll(() => {
  startTracing('ketengraaf-test', {});
  previous = setLogSink({ write: (line: string) => void lines.push(line) });
});
afterAll(() => void setLogSink(previous));

const inRequest = <T>(run: () => T): T => context.with(trace.setSpanContext(context.active(), TRACE), run);
const last = () => JSON.parse(lines.at(-1) ?? '{}') as Record<string, any>;

describe('the log', () => {
  it("writes a subgraph call's failure with the trace id and without the request's variables", () => {
    const failure = new GraphQLError(`connect ECONNREFUSED for ${PSEUDONYM}`, {
      path: ['child'],
      extensions: { code: 'SUBREQUEST_HTTP_ERROR', serviceName: 'police', request: { body: `{"variables":{"id":"${PSEUDONYM}"}}` }, response: { body: 'secret' } },
    });
    inRequest(() => reportError('gateway')('[gateway] the police subgraph failed', failure));
    const line = last();
    expect(line).toMatchObject({ level: 50, component: 'gateway', traceId: TRACE.traceId, spanId: TRACE.spanId, msg: '[gateway] the police subgraph failed' });
    expect(line.err).toMatchObject({ type: 'GraphQLError', code: 'SUBREQUEST_HTTP_ERROR', serviceName: 'police', path: ['child'], message: 'connect ECONNREFUSED for [pseudonym]' });
    expect(line.err.stack).toMatch(/GraphQLError/);
    expect(lines.at(-1)).not.toMatch(/ch_|eyJ|variables|secret/);
  });

  it('redacts credentials, the caller and content by key, and scrubs tokens and BSNs from every string', () => {
    inRequest(() =>
      loggerFor('school').warn(
        { authorization: `Bearer ${JWT}`, caller: { professional: 'p-1' }, detail: { variables: { id: PSEUDONYM } }, note: `token ${JWT} for 123456782` },
        `lookup of ${PSEUDONYM} failed`,
      ),
    );
    const line = last();
    expect(line).toMatchObject({ authorization: '[redacted]', caller: '[redacted]', detail: { variables: '[redacted]' }, note: 'token [token] for [number]', msg: 'lookup of [pseudonym] failed' });
    expect(lines.at(-1)).not.toMatch(/ch_|eyJ|p-1|123456782/);
  });

  it("masks a subgraph's unexpected error for the client and logs it in full on the server, with the trace id", () => {
    const mask = maskUnexpectedErrors('ggd');
    const error = new TypeError(`Cannot read properties of undefined (reading 'code') for ${PSEUDONYM}`);
    const formatted = inRequest(() => mask({ message: error.message, path: ['child', 'jgzCareSummary'] }, error));
    expect(formatted).toEqual({ message: 'Unexpected error.', path: ['child', 'jgzCareSummary'], extensions: { code: 'INTERNAL_SERVER_ERROR', service: 'ggd' } });
    expect(last()).toMatchObject({ level: 50, component: 'ggd', traceId: TRACE.traceId, path: ['child', 'jgzCareSummary'], err: { type: 'TypeError', message: "Cannot read properties of undefined (reading 'code') for [pseudonym]" } });
    expect(lines.at(-1)).not.toContain('ch_');
  });
});
