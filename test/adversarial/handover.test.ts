import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoChildren } from '../harness/demoChildren.ts';
import { startTestHub, TEST_POPULATION, type TestHub } from '../harness/testHub.ts';
import { MUTATIONS, childcareRecordsOf, codesByPath, handoverInput, hubCaller, leaked, ok, refusal } from './adversary.ts';

// The warm handover through the real gateway and the demo childcare system: only the childcare
// whose system holds the child's placement prepares it and records the parents' consent, and a
// handover's status (and what the school receives) rests on the consent given for that handover.
let hub: TestHub;
const children = demoChildren(TEST_POPULATION);
const record = childcareRecordsOf(TEST_POPULATION).find((c) => c.location === 'kdv-speelhuis' && c.hasHandoverForm);
const child = children.find((c) => c.id === record?.id);
const holder = hubCaller('CHILDCARE_WORKER', 'kdv-speelhuis', 'WARM_HANDOVER', 'pm-speelhuis-adv');
const other = hubCaller('CHILDCARE_WORKER', 'kdv-zonnetje', 'WARM_HANDOVER', 'pm-zonnetje-adv');
const esdoorn = hubCaller('SCHOOL_CARE_COORDINATOR', 'school-esdoorn', 'WARM_HANDOVER', 'ib-esdoorn-adv');
const kompas = hubCaller('SCHOOL_CARE_COORDINATOR', 'school-kompas', 'WARM_HANDOVER', 'ib-kompas-adv');
const FIRST = 'Eerste formulier (adv-geheim)';
const SECOND = 'Tweede formulier (adv-geheim)';
const SCHOOL_VIEW = /* GraphQL */ `
  query ($id: ID!) {
    incomingHandovers { id status development }
    child(id: $id) { warmHandovers { id status development vveProgramme pointsOfAttention } childcareHandoverForm { summary } }
  }
`;
const consentInput = () => ({
  input: { childId: child?.id, childBirthDate: child?.birthDate, purpose: 'WARM_HANDOVER', organisationId: 'school-esdoorn', givenBy: 'PARENT', validUntil: '2099-12-31' },
});
const prepared = async () => ok(await hub.query(holder, /* GraphQL */ `{ preparedHandovers { id status } }`), 'preparedHandovers') as { id: string; status: string }[];
let first = '';
let consentId = '';

beforeAll(async () => {
  if (!child || child.age >= 12) throw new Error('the test population has no young Speelhuis child with a handover form');
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.close();
});

it('a childcare without the placement can neither prepare the handover nor record its consent, before or after the holder did', async () => {
  const tryBoth = async () => {
    const prep = await hub.query(other, MUTATIONS.prepareWarmHandover, { input: handoverInput(child?.id ?? '', child?.birthDate ?? null, 'school-esdoorn', 'Vals (adv-geheim)') });
    expect(refusal(prep, 'prepareWarmHandover')).toMatchObject({ reason: 'NOT_INVOLVED', value: null });
    const consent = await hub.query(other, MUTATIONS.recordConsent, consentInput());
    expect(refusal(consent, 'recordConsent')).toMatchObject({ reason: 'NOT_INVOLVED', value: null });
    return [prep.body, consent.body];
  };
  const before = await tryBoth();
  first = ok(await hub.query(holder, MUTATIONS.prepareWarmHandover, { input: handoverInput(child?.id ?? '', child?.birthDate ?? null, 'school-esdoorn', FIRST) }), 'prepareWarmHandover').id;
  expect(await tryBoth()).toEqual(before);
  expect(ok(await hub.query(other, /* GraphQL */ `{ preparedHandovers { id } }`), 'preparedHandovers')).toEqual([]);
});

it('prepared by the holder, it awaits consent and the school receives nothing of it', async () => {
  expect(await prepared()).toEqual([{ id: first, status: 'AWAITING_CONSENT' }]);
  const { body } = await hub.query(esdoorn, SCHOOL_VIEW, { id: child?.id });
  expect(body.data.incomingHandovers).toEqual([]);
  expect(body.data.child).toEqual({ warmHandovers: null, childcareHandoverForm: null });
  expect(codesByPath(body)).toMatchObject({ 'child.warmHandovers': 'FORBIDDEN_FIELD', 'child.childcareHandoverForm': 'FORBIDDEN_FIELD' });
  expect(leaked(body, [FIRST, 'adv-geheim'])).toEqual([]);
});

it("with the holder's consent it is released to its school only", async () => {
  const consent = ok(await hub.query(holder, MUTATIONS.recordConsent, consentInput()), 'recordConsent');
  expect(consent.status).toBe('VALID');
  consentId = consent.id;
  expect(await prepared()).toEqual([{ id: first, status: 'RELEASED' }]);
  const { body } = await hub.query(esdoorn, SCHOOL_VIEW, { id: child?.id });
  expect(body.data.incomingHandovers).toEqual([{ id: first, status: 'RELEASED', development: FIRST }]);
  expect(body.data.child.warmHandovers.map((h: { development: string }) => h.development)).toEqual([FIRST]);
  expect(body.data.child.childcareHandoverForm).not.toBeNull();
  const elsewhere = await hub.query(kompas, SCHOOL_VIEW, { id: child?.id });
  expect(elsewhere.body.data.incomingHandovers).toEqual([]);
  expect(elsewhere.body.data.child).toEqual({ warmHandovers: null, childcareHandoverForm: null });
  expect(leaked(elsewhere.body, [FIRST, 'adv-geheim'])).toEqual([]);
});

it("a second handover's status rests on its own consent, not on the first one's", async () => {
  const second = ok(
    await hub.query(holder, MUTATIONS.prepareWarmHandover, { input: handoverInput(child?.id ?? '', child?.birthDate ?? null, 'school-esdoorn', SECOND) }),
    'prepareWarmHandover',
  );
  expect(second.status).toBe('AWAITING_CONSENT');
  expect(await prepared()).toEqual(expect.arrayContaining([{ id: first, status: 'RELEASED' }, { id: second.id, status: 'AWAITING_CONSENT' }]));
  const { body } = await hub.query(esdoorn, SCHOOL_VIEW, { id: child?.id });
  expect(body.data.incomingHandovers.map((h: { id: string }) => h.id)).toEqual([first]);
  expect(leaked(body, [SECOND])).toEqual([]);
});

it('withdrawn by the holder, the consent releases nothing more', async () => {
  ok(await hub.query(holder, MUTATIONS.withdrawConsent, { id: consentId }), 'withdrawConsent');
  expect((await prepared()).every((h) => h.status === 'AWAITING_CONSENT')).toBe(true);
  const { body } = await hub.query(esdoorn, SCHOOL_VIEW, { id: child?.id });
  expect(body.data.incomingHandovers).toEqual([]);
  expect(body.data.child).toEqual({ warmHandovers: null, childcareHandoverForm: null });
});
