import { randomBytes } from 'node:crypto';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { acquireMetricsListener, type MetricsListener } from '../../schema/telemetry/metricsServer.ts';
import { setLogSink } from '../../schema/telemetry/logger.ts';
import { createTracerProvider } from '../../schema/telemetry/tracing.ts';
import { demoChildren, pick } from '../harness/demoChildren.ts';
import { postGraphQL } from '../harness/postGraphQL.ts';
import { startTestHub, TEST_POPULATION, type TestHub } from '../harness/testHub.ts';

// Traces, metrics and logs must show an operator what happened without telling anyone about whom:
// one trace id from the gateway through a subgraph to the partner system (the processing log's
// too), metrics after a request, a log line for a failure with the trace id, and in none of them
// a pseudonym, a token or a partner URL.
const exporter = new InMemorySpanExporter();
createTracerProvider('ketengraaf-test', exporter, { batch: false }).register();
const lines: string[] = [];
setLogSink({ write: (line: string) => void lines.push(line) });
// Gateway and school subgraph share this process's one listener on a free port.
process.env.METRICS_PORT = '0';

const PERSONAL = /ch_[A-Za-z0-9_-]{27}|eyJ[A-Za-z0-9_-]+/;
let hub: TestHub;
let metrics: MetricsListener;
const pupil = pick(demoChildren(TEST_POPULATION), 'is at school', (c) => !!c.school);
const POLICE_CHILD = pick(demoChildren(TEST_POPULATION), 'has a police registration', (c) => c.hasPoliceRegistration);

beforeAll(async () => {
  hub = await startTestHub({ env: { SCHOOL_METRICS_PORT: '0' } });
  metrics = await acquireMetricsListener({ port: 0 });
});
afterAll(async () => {
  await metrics?.release();
  await hub?.close();
});

async function askAsSchool(traceId: string): Promise<{ token: string; body: Awaited<ReturnType<typeof postGraphQL>>['body'] }> {
  const token = await hub.devIssuer.issue({ role: 'SCHOOL_CARE_COORDINATOR', organisation: pupil.school ?? '' });
  const { body } = await postGraphQL(hub.gateway.url, /* GraphQL */ `query Enrolment($id: ID!) { child(id: $id) { schoolEnrolment { group } } }`, {
    variables: { id: pupil.id },
    headers: { authorization: `Bearer ${token}`, 'x-purpose': 'CASE_DISCUSSION', traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
  });
  return { token, body };
}

const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

describe('traces', () => {
  it('span gateway, subgraph and partner system with one trace id, the one the processing log records', async () => {
    const traceId = randomBytes(16).toString('hex');
    const { body } = await askAsSchool(traceId);
    expect(body.data.child.schoolEnrolment).not.toBeNull();

    // A subgraph ends its span as its answer is written, which may be just after the gateway's.
    const spans = await vi.waitFor(() => {
      const ours = exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
      expect(ours.map((span) => span.name)).toEqual(expect.arrayContaining(['POST /graphql', 'graphql.operation', 'subgraph school', 'partner GET /api/v1/leerlingen']));
      expect(ours.filter((span) => span.name === 'POST /graphql').length).toBeGreaterThanOrEqual(3);
      return ours;
    });
    const named = (name: string) => spans.filter((span) => span.name === name);
    const [request] = named('POST /graphql').filter((span) => span.instrumentationScope.name === 'ketengraaf-gateway');
    const subgraphCall = named('subgraph school')[0];
    const atSubgraph = named('POST /graphql').find((span) => span.instrumentationScope.name === 'ketengraaf-subgraph' && span.attributes['ketengraaf.subgraph'] === 'school');
    const partnerCall = spans.find((span) => span.name === 'partner GET /api/v1/leerlingen');
    expect(request?.attributes).toMatchObject({ 'http.route': '/graphql', 'http.response.status_code': 200 });
    expect(subgraphCall).toBeDefined();
    expect(atSubgraph).toBeDefined();
    expect(partnerCall?.attributes).toMatchObject({ 'ketengraaf.subgraph': 'school', 'ketengraaf.partner.route': 'GET /api/v1/leerlingen', 'ketengraaf.partner.outcome': 'ok' });
    // gateway request > operation > subgraph call > subgraph's request > partner call
    const operation = spans.find((span) => span.spanContext().spanId === parentOf(subgraphCall as ReadableSpan));
    expect(operation?.attributes).toMatchObject({ 'graphql.operation.type': 'query', 'graphql.operation.name': 'Enrolment' });
    expect(parentOf(operation as ReadableSpan)).toBe(request?.spanContext().spanId);
    expect(parentOf(atSubgraph as ReadableSpan)).toBe(subgraphCall?.spanContext().spanId);
    expect(parentOf(partnerCall as ReadableSpan)).toBe(atSubgraph?.spanContext().spanId);

    const records = await hub.processingLog.forOrganisation(pupil.school ?? '');
    expect(records.filter((record) => record.traceId === traceId)).toHaveLength(1);
  });

  it('carry no personal data, no token and no partner URL in names or attributes', async () => {
    const traceId = randomBytes(16).toString('hex');
    const { token } = await askAsSchool(traceId);
    const spans = await vi.waitFor(() => {
      const ours = exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
      expect(ours.length).toBeGreaterThanOrEqual(7);
      return ours;
    });
    const text = JSON.stringify(spans.map((span) => ({ name: span.name, attributes: span.attributes, events: span.events, status: span.status })));
    expect(text).not.toContain(pupil.id);
    expect(text).not.toContain(token);
    expect(text).not.toMatch(PERSONAL);
    expect(text).not.toMatch(/127\.0\.0\.1|leerlingnummers|http:\/\//);
  });
});

describe('metrics', () => {
  it('expose the expected series after a request, and nothing personal', async () => {
    await askAsSchool(randomBytes(16).toString('hex'));
    const text = await vi.waitFor(async () => {
      const response = await fetch(metrics.url);
      expect(response.status).toBe(200);
      const body = await response.text();
      expect(body).toContain('ketengraaf_subgraph_request_duration_seconds_count{subgraph="school",route="/graphql",status="200"}');
      return body;
    });
    for (const series of [
      'ketengraaf_gateway_http_request_duration_seconds_bucket{le="0.005",route="/graphql",status="200"}',
      'ketengraaf_gateway_operations_total{operation_type="query"}',
      'ketengraaf_gateway_operation_duration_seconds_count{operation_type="query"}',
      'ketengraaf_gateway_processing_log_append_duration_seconds_count{outcome="ok"}',
      'ketengraaf_partner_calls_total{subgraph="school",route="GET /api/v1/leerlingen",outcome="ok"}',
      'ketengraaf_partner_call_duration_seconds_count{subgraph="school",route="GET /api/v1/leerlingen"}',
      'ketengraaf_partner_circuit_state{subgraph="school"} 0',
      'ketengraaf_partner_in_flight{subgraph="school"}',
      'ketengraaf_subgraph_request_duration_seconds_count{subgraph="school",route="/graphql",status="200"}',
      'process_cpu_seconds_total',
    ]) {
      expect(text).toContain(series);
    }
    expect(text).not.toMatch(/ch_|eyJ/);
    expect(text).not.toContain(pupil.id);
  });

  it('count errors by code', async () => {
    const { body } = await hub.query({ role: 'SCHOOL_CARE_COORDINATOR', org: pupil.school ?? '', purpose: 'CASE_DISCUSSION' }, /* GraphQL */ `query ($id: ID!) { child(id: $id) { policeRegistrations { registeredOn } } }`, { id: pupil.id });
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_FIELD');
    expect(await (await fetch(metrics.url)).text()).toMatch(/ketengraaf_gateway_errors_total\{code="FORBIDDEN_FIELD"\} [1-9]/);
  });

  it('are served on their own port only, never on the GraphQL port', async () => {
    expect(new URL(metrics.url).port).not.toBe(String(hub.gateway.port));
    expect((await fetch(new URL('/metrics', hub.gateway.url))).status).toBe(404);
  });
});

describe('logs', () => {
  it('record a failing request with its trace id, and without its token or the child', async () => {
    await hub.partners.police?.close();
    const traceId = randomBytes(16).toString('hex');
    const token = await hub.devIssuer.issue({ role: 'POLICE_OFFICER', organisation: 'politie-basisteam' });
    lines.length = 0;
    const { body } = await postGraphQL(hub.gateway.url, /* GraphQL */ `{ child(id: "${POLICE_CHILD.id}") { policeRegistrations { registeredOn } } }`, {
      headers: { authorization: `Bearer ${token}`, 'x-purpose': 'CASE_DISCUSSION', traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
    });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'PARTNER_UNAVAILABLE', subgraph: 'police', reason: 'UNREACHABLE' });

    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged).toContainEqual(expect.objectContaining({ level: 40, traceId, component: 'partner', subgraph: 'police', outcome: 'unreachable', msg: 'partner call failed' }));
    const text = lines.join('\n');
    expect(text).not.toContain(token);
    expect(text).not.toContain(POLICE_CHILD.id);
    expect(text).not.toMatch(PERSONAL);
  });

  // Regression: the gateway's masking wrote a failed subgraph call to stderr with console.error,
  // the subgraph request (the children's pseudonyms among its variables) included.
  it('record a subgraph that is down as one scrubbed line, without the subgraph request or the child', async () => {
    await hub.subgraphs.police?.close();
    const traceId = randomBytes(16).toString('hex');
    const token = await hub.devIssuer.issue({ role: 'POLICE_OFFICER', organisation: 'politie-basisteam' });
    lines.length = 0;
    const { body } = await postGraphQL(hub.gateway.url, /* GraphQL */ `query ($id: ID!) { child(id: $id) { policeRegistrations { registeredOn } } }`, {
      variables: { id: POLICE_CHILD.id },
      headers: { authorization: `Bearer ${token}`, 'x-purpose': 'CASE_DISCUSSION', traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
    });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'police' });
    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged).toContainEqual(expect.objectContaining({ level: 50, traceId, component: 'gateway' }));
    const text = lines.join('\n');
    expect(text).not.toContain(POLICE_CHILD.id);
    expect(text).not.toContain(token);
    expect(text).not.toMatch(PERSONAL);
  });
});
