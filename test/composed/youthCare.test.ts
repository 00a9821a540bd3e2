import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jeugdhulpChildren } from '../../demo/partners/jeugdhulp/jeugdhulpRecords.ts';
import { syntheticChild } from '../../demo/synthetic/population.ts';
import { DEMO_PSEUDONYM_KEY } from '../../subgraphs/kit/config.ts';
import { pseudonymFor } from '../../subgraphs/kit/pseudonym.ts';
import { openCase } from '../harness/casusSetup.ts';
import { startTestHub, TEST_POPULATION, type TestHub } from '../harness/testHub.ts';

// The youth-care provider in the covenant's work process: it may signal a child only when its own
// system holds a trajectory in care, takes part in the child's case, confirms the director's
// escalation as an involved organisation of its own, and its trajectory reaches the director only
// at the case table (phase 3, participant).
const source = jeugdhulpChildren(TEST_POPULATION);
const index = Array.from({ length: TEST_POPULATION.count }, (_, i) => i).find((i) => source.identity(i) !== null) ?? -1;
const client = source.identity(index);
if (!client) throw new Error('the test population should hold a youth-care client');
const child = { id: pseudonymFor(client.Bsn, DEMO_PSEUDONYM_KEY), birthDate: syntheticChild(TEST_POPULATION.seed, index).birthDate };
const provider = client.Aanbieder;
const otherProvider = provider === 'jeugdhulp-horizon' ? 'jeugdhulp-kompaan' : 'jeugdhulp-horizon';
const SIGNAL = /* GraphQL */ `mutation ($input: RegisterSignalInput!) { registerSignal(input: $input) { id involvement } }`;
const CHILD = /* GraphQL */ `query ($id: ID!) { child(id: $id) { activeYouthCare { productCategory startedOn provider { id } } openCase { phase } } }`;

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.close();
});

describe('a youth-care provider at the covenant', () => {
  it('may not signal a child that its own system does not hold in care', async () => {
    const { body } = await hub.query({ role: 'YOUTH_CARE_PROVIDER', org: otherProvider, purpose: 'SIGNALLING' }, SIGNAL, { input: { childId: child.id, childBirthDate: child.birthDate, contactName: 'Jeugdhulpverlener' } });
    expect(body.data?.registerSignal).toBeNull();
    expect(body.errors?.[0]?.extensions?.reason).toBe('NOT_INVOLVED');
  });

  it("signals its own client, confirms the director's escalation, and the director then sees the trajectory", async () => {
    const asDirector = { role: 'CASE_DIRECTOR' as const, org: 'gemeente-demo', purpose: 'CASE_DISCUSSION' as const };
    const before = await hub.query(asDirector, CHILD, { id: child.id });
    expect(before.body.data.child.activeYouthCare).toBeNull();
    // The provider signals (verified at its own system of record) and confirms phase 3 as the other organisation.
    await openCase(hub, child, [{ org: provider, role: 'YOUTH_CARE_PROVIDER' }], 3);
    const after = await hub.query(asDirector, CHILD, { id: child.id });
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data.child.openCase).toEqual({ phase: 3 });
    expect(after.body.data.child.activeYouthCare).toMatchObject({ provider: { id: provider }, startedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const own = await hub.query({ role: 'YOUTH_CARE_PROVIDER', org: provider, purpose: 'CASE_DISCUSSION' }, CHILD, { id: child.id });
    expect(own.body.data.child).toEqual(after.body.data.child);
    const other = await hub.query({ role: 'YOUTH_CARE_PROVIDER', org: otherProvider, purpose: 'CASE_DISCUSSION' }, CHILD, { id: child.id });
    expect(other.body.data.child).toEqual({ activeYouthCare: null, openCase: null });
  });
});
