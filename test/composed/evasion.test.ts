import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateVeiligThuisData } from '../../demo/partners/veiligthuis/veiligThuisData.ts';
import { CONTEXT_HEADER, GRANTS_AUDIENCE, signCallerContext, subgraphAudience } from '../../schema/callerContext.ts';
import { DEMO_PSEUDONYM_KEY } from '../../subgraphs/kit/config.ts';
import { pseudonymFor } from '../../subgraphs/kit/pseudonym.ts';
import { openCase } from '../harness/casusSetup.ts';
import { demoChildren, pick } from '../harness/demoChildren.ts';
import { postGraphQL } from '../harness/postGraphQL.ts';
import { startTestHub, TEST_POPULATION, type TestHub } from '../harness/testHub.ts';

// Attempts to get around the privacy rules: each must end with null at the path, a
// FORBIDDEN_FIELD error, and nothing of the protected data in the response body.
let hub: TestHub;
const generated = generateVeiligThuisData(TEST_POPULATION);
const children = demoChildren(TEST_POPULATION);
const reported = new Set(
  generated.dossiers.filter((d) => (generated.meldingen.get(d.dossiernummer)?.length ?? 0) > 0)
    .map((d) => pseudonymFor(d.bsnKind, DEMO_PSEUDONYM_KEY)),
);
const vtChild = pick(children, 'has a Veilig Thuis report and a school', (c) => reported.has(c.id) && c.school !== null);
const school = { role: 'SCHOOL_CARE_COORDINATOR', org: vtChild.school ?? '', purpose: 'CASE_DISCUSSION' } as const;
const vtWorker = { role: 'VEILIG_THUIS_WORKER', org: 'veilig-thuis-regio', purpose: 'CASE_DISCUSSION' } as const;
/**
 * Paths of fields removed at the gateway before planning. A subgraph's own denial (the second
 * line) carries the subgraph's `serviceName`; these must not, or the field was planned and sent.
 */
const forbiddenPaths = (body: { errors?: { path?: (string | number)[]; extensions?: Record<string, unknown> }[] }) =>
  (body.errors ?? [])
    .filter((e) => e.extensions?.code === 'FORBIDDEN_FIELD' && e.extensions.serviceName === undefined)
    .map((e) => (e.path ?? []).join('.'));

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.close();
});

describe('evasion attempts through the gateway', () => {
  it('aliases and named fragments: the field is removed before planning, the partner is never asked', async () => {
    await hub.resetPartnerCalls();
    const { body } = await hub.query(
      school,
      /* GraphQL */ `query ($id: ID!) { kid: child(id: $id) { ...Sneaky } }
        fragment Sneaky on Child { innocent: veiligThuisContacts { ... on VeiligThuisReport { suspicion } } schoolEnrolment { group } }`,
      { id: vtChild.id },
    );
    expect(body.data.kid.innocent).toBeNull();
    expect(body.data.kid.schoolEnrolment).not.toBeNull();
    expect(forbiddenPaths(body)).toEqual(['kid.innocent']);
    expect(JSON.stringify(body)).not.toMatch(/mishandeling|verwaarlozing|ABUSE|NEGLECT/i);
    expect((await hub.partnerCalls('veiligthuis'))['/registratie/api/meldingen']).toBeUndefined();
  });

  it('a stricter field inside a union member (the reporter) stays hidden for a data-subject access request', async () => {
    const { body } = await hub.query(
      { ...vtWorker, purpose: 'DATA_SUBJECT_ACCESS' },
      /* GraphQL */ `query ($id: ID!) { child(id: $id) { veiligThuisContacts { __typename ... on VeiligThuisReport { date reporter { name organisationName } } } } }`,
      { id: vtChild.id },
    );
    const reports = (body.data.child.veiligThuisContacts as { __typename: string; date: string; reporter?: unknown }[]).filter(
      (c) => c.__typename === 'VeiligThuisReport',
    );
    expect(reports.length).toBeGreaterThan(0);
    for (const report of reports) {
      expect(report.date).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect(report.reporter).toBeNull();
    }
    expect(forbiddenPaths(body)).toHaveLength(reports.length);
    expect(forbiddenPaths(body).every((path) => path.endsWith('.reporter'))).toBe(true);
  });

  it('an interface implementation field (police narrative) is removed for a Veilig Thuis participant', async () => {
    const child = pick(children, 'has a police registration and a Veilig Thuis dossier', (c) => c.hasPoliceRegistration && c.hasVeiligThuisDossier);
    await openCase(hub, child, [{ org: 'veilig-thuis-regio', role: 'VEILIG_THUIS_WORKER' }]);
    const { body } = await hub.query(
      vtWorker,
      /* GraphQL */ `query ($id: ID!) { child(id: $id) { policeRegistrations { registeredOn ... on PoliceIncident { childRole narrative } } } }`,
      { id: child.id },
    );
    const registrations: { registeredOn: string; narrative?: unknown }[] = body.data.child.policeRegistrations;
    expect(registrations.length).toBeGreaterThan(0);
    expect(registrations.every((r) => r.registeredOn && (r.narrative === null || r.narrative === undefined))).toBe(true);
    const incidents = registrations.filter((r) => 'narrative' in r);
    expect(incidents.length).toBeGreaterThan(0);
    expect(forbiddenPaths(body)).toHaveLength(incidents.length);
    expect(forbiddenPaths(body).every((path) => path.endsWith('.narrative'))).toBe(true);
  });

  it("a child reached through another partner's type is filtered the same way", async () => {
    const { body } = await hub.query(
      school,
      /* GraphQL */ `query ($id: ID!) { child(id: $id) { schoolEnrolment { school { pupils(first: 2) { id veiligThuisContacts { __typename } } } } } }`,
      { id: vtChild.id },
    );
    const pupils: { veiligThuisContacts: unknown }[] = body.data.child.schoolEnrolment.school.pupils;
    expect(pupils.every((p) => p.veiligThuisContacts === null)).toBe(true);
    expect(forbiddenPaths(body)).toEqual(['child.schoolEnrolment.school.pupils.0.veiligThuisContacts', 'child.schoolEnrolment.school.pupils.1.veiligThuisContacts']);
  });

  it('the same query text from a privileged and then an unprivileged role never shares a plan', async () => {
    const query = /* GraphQL */ `query Same($id: ID!) { child(id: $id) { veiligThuisContacts { __typename } } }`;
    const privileged = await hub.query(vtWorker, query, { id: vtChild.id });
    expect(privileged.body.data.child.veiligThuisContacts.length).toBeGreaterThan(0);
    const unprivileged = await hub.query(school, query, { id: vtChild.id });
    expect(unprivileged.body.data.child.veiligThuisContacts).toBeNull();
    expect(forbiddenPaths(unprivileged.body)).toEqual(['child.veiligThuisContacts']);
  });

  it('@include with a variable: an error only where the field was asked for', async () => {
    const query = /* GraphQL */ `query ($id: ID!, $vt: Boolean!) { child(id: $id) { id veiligThuisContacts @include(if: $vt) { __typename } } }`;
    const skipped = await hub.query(school, query, { id: vtChild.id, vt: false });
    expect(skipped.body).toEqual({ data: { child: { id: vtChild.id } } });
    const asked = await hub.query(school, query, { id: vtChild.id, vt: true });
    expect(forbiddenPaths(asked.body)).toEqual(['child.veiligThuisContacts']);
  });

  it('a batched request is filtered operation by operation', async () => {
    const token = await hub.devIssuer.issue({ role: school.role, organisation: school.org });
    const response = await fetch(hub.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': school.purpose },
      body: JSON.stringify([
        { query: `query ($id: ID!) { child(id: $id) { schoolEnrolment { group } } }`, variables: { id: vtChild.id } },
        { query: `query ($id: ID!) { child(id: $id) { veiligThuisContacts { __typename } } }`, variables: { id: vtChild.id } },
      ]),
    });
    const [first, second] = (await response.json()) as { data: any; errors?: { extensions: { code: string } }[] }[];
    expect(first?.data.child.schoolEnrolment).not.toBeNull();
    expect(second?.data.child.veiligThuisContacts).toBeNull();
    expect(second?.errors?.[0]?.extensions.code).toBe('FORBIDDEN_FIELD');
  });

  it('_entities sent to a subgraph directly, without, with a forged, or with an expired context, yields nothing', async () => {
    const query = `{ _entities(representations: [{ __typename: "Child", id: "${vtChild.id}" }]) { ... on Child { veiligThuisContacts { __typename } } } }`;
    const url = hub.subgraphs.veiligthuis?.url ?? '';
    const bare = await postGraphQL(url, query);
    const forged = await postGraphQL(url, query, { headers: { [CONTEXT_HEADER]: 'eyJhbGciOiJub25lIn0.eyJyb2xlIjoiVkVJTElHX1RIVUlTX1dPUktFUiJ9.' } });
    const expiredToken = await new SignJWT({ org: 'veilig-thuis-regio', role: 'VEILIG_THUIS_WORKER', purpose: 'CASE_DISCUSSION', traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('attacker')
      .setIssuer('ketengraaf-gateway')
      .setAudience(subgraphAudience('veiligthuis'))
      .setIssuedAt(Math.floor(Date.now() / 1000) - 120)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(hub.contextKeys.privateKey);
    const expired = await postGraphQL(url, query, { headers: { [CONTEXT_HEADER]: expiredToken } });
    for (const attempt of [bare, forged, expired]) {
      expect(attempt.status).toBe(401);
      expect(attempt.body.data).toBeUndefined();
      expect(JSON.stringify(attempt.body)).not.toContain('VeiligThuisReport');
    }
  });

  // Regression: one context served every subgraph, so an adapter that received it could replay
  // the caller at another subgraph (police data read through the school adapter's copy).
  it('a caller context addressed to one subgraph, or the grants-only context, is refused by every other', async () => {
    const caller = { professional: 'regisseur', organisation: 'gemeente-demo', role: 'CASE_DIRECTOR', purpose: 'CASE_DISCUSSION', traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' } as const;
    const query = `{ _entities(representations: [{ __typename: "Child", id: "${vtChild.id}" }]) { ... on Child { policeRegistrations { registeredOn } } } }`;
    const police = hub.subgraphs.police?.url ?? '';
    for (const audience of [subgraphAudience('school'), GRANTS_AUDIENCE]) {
      const replayed = await postGraphQL(police, query, { headers: { [CONTEXT_HEADER]: await signCallerContext(caller, hub.contextKeys.privateKey, audience) } });
      expect(replayed.status, audience).toBe(401);
      expect(replayed.body.data, audience).toBeUndefined();
    }
    const addressed = await postGraphQL(police, query, { headers: { [CONTEXT_HEADER]: await signCallerContext(caller, hub.contextKeys.privateKey, subgraphAudience('police')) } });
    expect(addressed.status).toBe(200);
  });

  it('refuses a request without a token, without a purpose, with an unknown purpose, or with a reserved alias', async () => {
    const query = `{ __schema { queryType { name } } }`;
    const anonymous = await postGraphQL(hub.gateway.url, query);
    expect(anonymous.status).toBe(401);
    const token = await hub.devIssuer.issue({ role: school.role, organisation: school.org });
    const noPurpose = await postGraphQL(hub.gateway.url, query, { headers: { authorization: `Bearer ${token}` } });
    expect(noPurpose.status).toBe(400);
    expect(noPurpose.body.errors?.[0]?.message).toMatch(/X-Purpose.*SIGNALLING.*DATA_SUBJECT_ACCESS/);
    const unknown = await postGraphQL(hub.gateway.url, query, { headers: { authorization: `Bearer ${token}`, 'x-purpose': 'CURIOSITY' } });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PURPOSE_REQUIRED');
    const introspection = await postGraphQL(hub.gateway.url, query, { headers: { authorization: `Bearer ${token}`, 'x-purpose': 'CASE_DISCUSSION' } });
    expect(introspection.body.data.__schema.queryType.name).toBe('Query');
    const reserved = await hub.query(school, `query ($id: ID!) { child(id: $id) { kg__child: id } }`, { id: vtChild.id });
    expect(reserved.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(reserved.body.data ?? null).toBeNull();
  });
});
