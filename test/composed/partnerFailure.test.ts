import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoChildren, pick } from '../harness/demoChildren.ts';
import { startTestHub, TEST_POPULATION, type TestHub } from '../harness/testHub.ts';

// When one partner system is down, the hub says so: health turns 503 naming the subgraph, and a
// query gets that partner's fields as null with a PARTNER_UNAVAILABLE error tagged with the
// subgraph, while the other partners' data still arrives.
let hub: TestHub;
const child = pick(demoChildren(TEST_POPULATION), 'is a pupil with a police registration', (c) => !!c.school && c.hasPoliceRegistration);

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.close();
});

describe('a partner system that is down', () => {
  it('is reported by the health check and by the query, without hiding the other partners', async () => {
    expect((await fetch(new URL('/health', hub.gateway.url))).status).toBe(200);
    await hub.partners.police?.close();

    const health = await fetch(new URL('/health', hub.gateway.url));
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ ok: false, subgraphs: { police: 'unavailable', school: 'ok' } });

    const { body } = await hub.query(
      { role: 'POLICE_OFFICER', org: 'politie-basisteam', purpose: 'CASE_DISCUSSION' },
      /* GraphQL */ `query ($id: ID!) { child(id: $id) { id policeRegistrations { registeredOn } } organisation(id: "politie-basisteam") { name } }`,
      { id: child.id },
    );
    expect(body.data.child).toEqual({ id: child.id, policeRegistrations: null });
    expect(body.data.organisation.name).toMatch(/Politie/);
    const failure = body.errors?.find((e) => e.path?.join('.') === 'child.policeRegistrations');
    expect(failure?.extensions).toMatchObject({ code: 'PARTNER_UNAVAILABLE', subgraph: 'police' });
    expect(failure?.message).toMatch(/police partner system could not be reached/);
    expect(failure?.message).not.toMatch(/127\.0\.0\.1|persoonsnummer|ch_/);
  });

  // Regression: a subgraph that could not be reached came back with the gateway's request to it
  // in the error's extensions (the child's pseudonym among the variables) and its address.
  it('is named when its subgraph is down, and nothing of the request to it reaches the client', async () => {
    await hub.subgraphs.police?.close();
    const { body } = await hub.query(
      { role: 'POLICE_OFFICER', org: 'politie-basisteam', purpose: 'CASE_DISCUSSION' },
      /* GraphQL */ `query ($id: ID!) { child(id: $id) { id policeRegistrations { registeredOn } } }`,
      { id: child.id },
    );
    expect(body.data.child).toEqual({ id: child.id, policeRegistrations: null });
    expect(body.errors?.map((e) => e.extensions)).toEqual([{ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'police' }]);
    expect(JSON.stringify(body.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|representations|ch_/);
  });
});
