import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PSEUDONYM_KEY } from '../kit/config.ts';
import { pseudonymFor } from '../kit/pseudonym.ts';
import { data, dvChild, entity, haltChild, proKidChild, REGISTRATIONS, startPoliceTestbed, UNIT, type PoliceTestbed } from './policeTestbed.ts';

let bed: PoliceTestbed;
beforeAll(async () => {
  bed = await startPoliceTestbed();
});
afterAll(() => bed?.close());

const forbiddenPaths = (errors: Array<{ path?: (string | number)[]; extensions?: Record<string, unknown> }> | undefined) =>
  (errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN_FIELD').map((e) => (e.path ?? []).join('.'));

describe('per-child privacy at the police subgraph', () => {
  it('releases the ProKid signal to its own unit only, and never asks the partner for another unit', async () => {
    await bed.resetCalls();
    const denied = await bed.query(entity(proKidChild.id, 'proKidSignal { colour }'), bed.as('POLICE_OFFICER', 'politie-naburig'));
    expect(denied.body.data._entities[0].proKidSignal).toBeNull();
    expect(denied.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_FIELD');
    expect(JSON.stringify(denied.body)).not.toMatch(/WHITE|YELLOW|ORANGE|RED|\d{4}-\d{2}-\d{2}/);
    expect((await bed.calls())['/bvh/v1/prokid']).toBeUndefined();
    const own = await bed.query(entity(proKidChild.id, 'proKidSignal { colour }'), bed.as('POLICE_OFFICER', UNIT));
    expect(own.body.data._entities[0].proKidSignal.colour).toMatch(/WHITE|YELLOW|ORANGE|RED/);
  });

  it('releases ProKid to a case director only at AVE phase 3 as a participant, without the address signals', async () => {
    const query = entity(proKidChild.id, 'proKidSignal { colour addressSignals { kind } }');
    const director = () => bed.as('CASE_DIRECTOR', 'gemeente-demo');
    bed.grants.set('gemeente-demo', proKidChild.id, { caseParticipant: true, casePhase: 2, consent: true });
    await bed.resetCalls();
    const phase2 = await bed.query(query, director());
    expect(phase2.body.data._entities[0].proKidSignal).toBeNull();
    expect(phase2.body.errors?.[0]?.message).toContain('AVE phase 3');
    expect((await bed.calls())['/bvh/v1/prokid']).toBeUndefined();
    bed.grants.set('gemeente-demo', proKidChild.id, { caseParticipant: true, casePhase: 3 });
    const phase3 = await bed.query(query, director());
    expect(phase3.body.data._entities[0].proKidSignal).toEqual({ colour: expect.any(String), addressSignals: null });
    expect(forbiddenPaths(phase3.body.errors)).toEqual(['_entities.0.proKidSignal.addressSignals']);
  });

  it('enforces the stricter rule of each implementation of PoliceRegistration, per record', async () => {
    const incidents = data.registraties.get(dvChild.persoonsnummer) ?? [];
    const careReports = data.zorgmeldingen.get(dvChild.persoonsnummer) ?? [];
    bed.grants.set('gemeente-demo', dvChild.id, { caseParticipant: true, casePhase: 3 });
    const director = await bed.query(entity(dvChild.id, REGISTRATIONS), bed.as('CASE_DIRECTOR', 'gemeente-demo'));
    const seen: Array<Record<string, unknown>> = director.body.data._entities[0].policeRegistrations;
    expect(seen).toHaveLength(incidents.length + careReports.length);
    // The interface's own fields and the implementations' ordinary fields come through ...
    expect(seen.every((r) => typeof r.registeredOn === 'string')).toBe(true);
    expect(seen.filter((r) => r.__typename === 'PoliceIncident').every((r) => typeof r.childRole === 'string' && r.narrative === null)).toBe(true);
    expect(seen.filter((r) => r.__typename === 'PoliceCareReport').every((r) => typeof r.sentTo === 'string' && r.findings === null)).toBe(true);
    // ... and every stricter field is null with its own error, on every record of either type.
    const expectedPaths = seen.map((r, i) => `_entities.0.policeRegistrations.${i}.${r.__typename === 'PoliceIncident' ? 'narrative' : 'findings'}`);
    expect(forbiddenPaths(director.body.errors).sort()).toEqual(expectedPaths.sort());
    const text = JSON.stringify(director.body);
    for (const r of incidents) expect(text).not.toContain(r.mutatietekst);
    for (const z of careReports) expect(text).not.toContain(z.bevindingen);

    bed.grants.set('veilig-thuis-regio', dvChild.id, { caseParticipant: true });
    const vt = await bed.query(entity(dvChild.id, REGISTRATIONS), bed.as('VEILIG_THUIS_WORKER', 'veilig-thuis-regio'));
    const vtSeen: Array<Record<string, unknown>> = vt.body.data._entities[0].policeRegistrations;
    expect(vtSeen.filter((r) => r.__typename === 'PoliceCareReport').map((r) => r.findings)).toEqual(careReports.map((z) => z.bevindingen));
    expect(vtSeen.filter((r) => r.__typename === 'PoliceIncident').every((r) => r.narrative === null)).toBe(true);
  });

  it('gives the school care coordinator Halt referrals with consent and the L3 outcome at phase 3 only', async () => {
    const query = entity(haltChild.id, 'haltReferrals { offence } policeCaseOutcome { summary }');
    const coordinator = () => bed.as('SCHOOL_CARE_COORDINATOR', 'school-stedelijk');
    const none = await bed.query(query, coordinator());
    expect(none.body.data._entities[0]).toEqual({ haltReferrals: null, policeCaseOutcome: null });
    bed.grants.set('school-stedelijk', haltChild.id, { caseParticipant: true, casePhase: 2, consent: true });
    const phase2 = await bed.query(query, coordinator());
    expect(phase2.body.data._entities[0].haltReferrals).toHaveLength(data.halt.get(haltChild.persoonsnummer)?.length ?? -1);
    expect(phase2.body.data._entities[0].policeCaseOutcome).toBeNull();
    bed.grants.set('school-stedelijk', haltChild.id, { caseParticipant: true, casePhase: 3 });
    const phase3 = await bed.query(query, coordinator());
    expect(phase3.body.data._entities[0].haltReferrals).toBeNull();
    expect(phase3.body.data._entities[0].policeCaseOutcome.summary).toMatch(/registratie/);
  });

  it('releases nothing to JGZ, even in a case at phase 4, and asks the partner nothing', async () => {
    bed.grants.set('ggd-regio', dvChild.id, { caseParticipant: true, casePhase: 4, consent: true });
    await bed.resetCalls();
    const fields = 'policeRegistrations { registeredOn } domesticViolenceFlag { incidentCount } proKidSignal { colour } haltReferrals { offence } policeCaseOutcome { summary }';
    const { body } = await bed.query(entity(dvChild.id, fields), bed.as('JGZ_PROFESSIONAL', 'ggd-regio'));
    expect(Object.values(body.data._entities[0]).every((value) => value === null)).toBe(true);
    expect(forbiddenPaths(body.errors)).toHaveLength(5);
    expect(Object.keys(await bed.calls())).toEqual([]);
  });
});

describe('what a partial grant does not reveal', () => {
  // Regression: a child unknown to the police got `haltReferrals: null`, a known child without
  // truancy referrals `[]`, so the compulsory-education officer learnt who the police know.
  it('answers a compulsory-education officer the same for a child the police know and one they do not', async () => {
    const known = data.personen.find((p) => !(data.halt.get(p.persoonsnummer) ?? []).some((h) => h.feit === 'SCHOOLVERZUIM'));
    if (!known) throw new Error('the synthetic population should hold a registered child without a truancy referral');
    const knownId = pseudonymFor(known.bsn, DEMO_PSEUDONYM_KEY);
    const unknownId = pseudonymFor('999999990', DEMO_PSEUDONYM_KEY);
    const officer = () => bed.as('COMPULSORY_EDUCATION_OFFICER', 'gemeente-demo', 'COMPULSORY_EDUCATION');
    const [a, b] = await Promise.all([bed.query(entity(knownId, 'haltReferrals { offence }'), officer()), bed.query(entity(unknownId, 'haltReferrals { offence }'), officer())]);
    expect(a.body).toEqual({ data: { _entities: [{ haltReferrals: [] }] } });
    expect(b.body).toEqual(a.body);
  });
});

describe('the unit’s registered children', () => {
  it('lists them for the own unit and loads their records with one partner call per resource', async () => {
    await bed.resetCalls();
    const { body } = await bed.query(
      `{ _entities(representations: [{ __typename: "Organisation", id: "${UNIT}" }]) { ... on Organisation { registeredChildren(first: 40) {
          id policeRegistrations { registeredOn } domesticViolenceFlag { incidentCount } proKidSignal { colour }
          haltReferrals { offence } policeCaseOutcome { registrationCount } } } } }`,
      bed.as('POLICE_OFFICER', UNIT),
    );
    expect(body.errors).toBeUndefined();
    const children = body.data._entities[0].registeredChildren;
    expect(children).toHaveLength(Math.min(40, data.personen.length));
    expect(children.filter((c: { policeCaseOutcome: unknown }) => c.policeCaseOutcome !== null)).toHaveLength(children.length);
    const counted = await bed.calls();
    for (const route of ['registraties', 'zorgmeldingen', 'hg-signalering', 'prokid', 'halt']) expect(counted[`/bvh/v1/${route}`], route).toBe(1);
  });

  it('does not list them for another organisation', async () => {
    const { body } = await bed.query(
      `{ _entities(representations: [{ __typename: "Organisation", id: "${UNIT}" }]) { ... on Organisation { registeredChildren { id } } } }`,
      bed.as('POLICE_OFFICER', 'politie-naburig'),
    );
    expect(body.data._entities[0].registeredChildren).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_FIELD');
  });
});
