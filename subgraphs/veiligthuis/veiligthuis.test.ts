import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startVeiligThuisSystem } from '../../demo/partners/veiligthuis/veiligThuisSystem.ts';
import { generateVeiligThuisData, type VtAdvies, type VtMelding } from '../../demo/partners/veiligthuis/veiligThuisData.ts';
import { DEFAULT_SEED } from '../../demo/synthetic/population.ts';
import type { Purpose, Role } from '../../schema/vocabulary.ts';
import { CallerContexts } from '../../test/harness/callerContexts.ts';
import { postGraphQL } from '../../test/harness/postGraphQL.ts';
import { sdlContract } from '../../test/harness/sdlContract.ts';
import { DEMO_PSEUDONYM_KEY } from '../kit/config.ts';
import { startSubgraphTestbed, type SubgraphTestbed } from '../../test/harness/subgraphTestbed.ts';
import { pseudonymFor } from '../kit/pseudonym.ts';
import { veiligThuisSubgraph } from './veiligThuisSubgraph.ts';

const population = { seed: DEFAULT_SEED, count: 1000 };
const data = generateVeiligThuisData(population);
const REGION = 'veilig-thuis-regio';
// A dossier with both a report by a professional and an advice request, so both union members show.
const reported = data.dossiers.find(
  (d) => data.adviezen.has(d.dossiernummer) && data.meldingen.get(d.dossiernummer)?.some((m) => m.melder.soort === 'professional'),
);
const assessed = data.dossiers.find((d) => data.beoordelingen.has(d.dossiernummer) && data.vervolg.has(d.dossiernummer));
if (!reported || !assessed) throw new Error('the synthetic population should hold a reported and an assessed dossier');
const reportedId = pseudonymFor(reported.bsnKind, DEMO_PSEUDONYM_KEY);
const assessedId = pseudonymFor(assessed.bsnKind, DEMO_PSEUDONYM_KEY);

let bed: SubgraphTestbed;
const calls = () => bed.calls();
const resetCalls = () => bed.resetCalls();
const as = (role: Role, organisation: string, purpose: Purpose = 'CASE_DISCUSSION') => bed.as(role, organisation, purpose);
const asCaller = (query: string, context: Promise<string> | string) => bed.query(query, context);
const childQuery = (childId: string, selection: string) =>
  `{ _entities(representations: [{ __typename: "Child", id: "${childId}" }]) { ... on Child { ${selection} } } }`;

const CONTACTS = /* GraphQL */ `veiligThuisContacts {
  __typename
  ... on VeiligThuisReport { date suspicion status reporter { kind organisation { id } organisationName name position } }
  ... on VeiligThuisAdviceRequest { date suspicion requesterKind advice } }`;

beforeAll(async () => {
  bed = await startSubgraphTestbed(veiligThuisSubgraph, startVeiligThuisSystem, population);
});
afterAll(async () => {
  await bed?.close();
});

describe('veiligthuis subgraph contract', () => {
  it('publishes Child as an entity keyed by id, with @privacy on every personal field and a contact union', async () => {
    const { body } = await asCaller('{ _service { sdl } }', as('VEILIG_THUIS_WORKER', REGION));
    const sdl: string = body.data._service.sdl;
    const contract = sdlContract(sdl);
    expect(contract.keysOf('Child')).toEqual(['id']);
    expect(contract.fieldsOf('Child')).toEqual(expect.arrayContaining(['veiligThuisContacts', 'veiligThuisSafetyAssessment', 'veiligThuisFollowUp', 'veiligThuisStatus']));
    expect(contract.fieldsOf('Organisation')).toContain('veiligThuisDossierChildren');
    expect(contract.fieldsWithoutRule('Child')).toEqual([]);
    expect(contract.fieldsWithoutRule('Organisation')).toEqual([]);
    expect(contract.fieldsWithoutRule('VeiligThuisReport')).toEqual(['date', 'suspicion', 'status']); // reporter has its own rule
    expect(sdl).toMatch(/union VeiligThuisContact = VeiligThuisReport \| VeiligThuisAdviceRequest/);
    expect(sdl).not.toMatch(/^\s*bsn\w*\s*[:(]/im);
  });

  it('resolves _entities for well-formed pseudonyms only', async () => {
    const { body } = await asCaller(
      `{ _entities(representations: [{ __typename: "Child", id: "${reportedId}" }, { __typename: "Child", id: "900000107" }]) { ... on Child { id } } }`,
      as('VEILIG_THUIS_WORKER', REGION),
    );
    expect(body.data._entities).toEqual([{ id: reportedId }, null]);
  });

  it('refuses a request without a gateway context, or with one signed by another key', async () => {
    const anonymous = await postGraphQL(bed.subgraph.url, childQuery(reportedId, 'veiligThuisStatus { stage }'));
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.data).toBeUndefined();
    const forger = await CallerContexts.create('veiligthuis');
    const forged = await asCaller('{ _service { sdl } }', forger.sign({ role: 'VEILIG_THUIS_WORKER', organisation: REGION, purpose: 'CASE_DISCUSSION' }));
    expect(forged.status).toBe(401);
    expect(JSON.stringify(forged.body)).not.toContain('Child');
  });
});

const SUSPICION = { 'lichamelijke mishandeling': 'PHYSICAL_ABUSE', 'psychische mishandeling': 'PSYCHOLOGICAL_ABUSE', verwaarlozing: 'NEGLECT', 'seksueel misbruik': 'SEXUAL_ABUSE', 'getuige huiselijk geweld': 'WITNESS_OF_DOMESTIC_VIOLENCE' };
const KIND = { professional: 'PROFESSIONAL', particulier: 'PRIVATE_PERSON', anoniem: 'ANONYMOUS' };
const expectedContact = (contact: VtMelding | VtAdvies) =>
  'meldingsnummer' in contact
    ? {
        __typename: 'VeiligThuisReport',
        date: contact.datum,
        suspicion: SUSPICION[contact.vermoeden],
        status: { ontvangen: 'RECEIVED', 'in onderzoek': 'UNDER_INVESTIGATION', afgesloten: 'CLOSED' }[contact.status],
        reporter: {
          kind: KIND[contact.melder.soort],
          organisation: contact.melder.organisatieCode ? { id: contact.melder.organisatieCode } : null,
          organisationName: contact.melder.organisatieNaam,
          name: contact.melder.afgeschermd?.naam ?? null,
          position: contact.melder.afgeschermd?.functie ?? null,
        },
      }
    : { __typename: 'VeiligThuisAdviceRequest', date: contact.datum, suspicion: SUSPICION[contact.vermoeden], requesterKind: KIND[contact.vrager], advice: contact.advies };

describe('mapping the registration format onto the graph', () => {
  it('maps reports and advice requests onto the contact union, newest first, for the own region', async () => {
    const { body } = await asCaller(childQuery(reportedId, CONTACTS), as('VEILIG_THUIS_WORKER', REGION));
    expect(body.errors).toBeUndefined();
    const contacts = [...(data.meldingen.get(reported.dossiernummer) ?? []), ...(data.adviezen.get(reported.dossiernummer) ?? [])].sort((a, b) => b.datum.localeCompare(a.datum));
    expect(body.data._entities[0].veiligThuisContacts).toEqual(contacts.map(expectedContact));
    const kinds = body.data._entities[0].veiligThuisContacts.map((c: { __typename: string }) => c.__typename);
    expect(kinds).toEqual(expect.arrayContaining(['VeiligThuisReport', 'VeiligThuisAdviceRequest']));
  });

  it('maps safety assessment, follow-up track and status feedback', async () => {
    const { body } = await asCaller(
      childQuery(assessedId, 'veiligThuisSafetyAssessment { date outcome } veiligThuisFollowUp { track startedOn handedOverTo { id } } veiligThuisStatus { stage since }'),
      as('VEILIG_THUIS_WORKER', REGION),
    );
    expect(body.errors).toBeUndefined();
    const beoordeling = data.beoordelingen.get(assessed.dossiernummer);
    const vervolg = data.vervolg.get(assessed.dossiernummer);
    const terugkoppeling = data.terugkoppeling.get(assessed.dossiernummer);
    expect(body.data._entities[0]).toEqual({
      veiligThuisSafetyAssessment: { date: beoordeling?.datum, outcome: { veilig: 'SAFE', onveilig: 'UNSAFE', 'acuut onveilig': 'ACUTELY_UNSAFE' }[beoordeling?.oordeel ?? 'veilig'] },
      veiligThuisFollowUp: {
        track: { 'overdracht aan lokaal team': 'HANDOVER_TO_LOCAL_TEAM', onderzoek: 'INVESTIGATION', 'voorwaarden en vervolg': 'CONDITIONS_AND_MONITORING', 'geen vervolg': 'NO_FURTHER_ACTION' }[vervolg?.spoor ?? 'onderzoek'],
        startedOn: vervolg?.startdatum,
        handedOverTo: vervolg?.overgedragenAan ? { id: vervolg.overgedragenAan } : null,
      },
      veiligThuisStatus: {
        stage: { 'advies gegeven': 'ADVICE_GIVEN', 'melding ontvangen': 'REPORT_RECEIVED', 'in behandeling': 'IN_PROGRESS', overgedragen: 'HANDED_OVER', afgesloten: 'CLOSED' }[terugkoppeling?.fase ?? 'afgesloten'],
        since: terugkoppeling?.sinds,
      },
    });
  });

});

describe('per-child privacy at the veiligthuis subgraph', () => {
  it('shields the reporter more strictly than the report: not in a data-subject access answer', async () => {
    const { body } = await asCaller(childQuery(reportedId, CONTACTS), as('VEILIG_THUIS_WORKER', REGION, 'DATA_SUBJECT_ACCESS'));
    const reports = body.data._entities[0].veiligThuisContacts.filter((c: { __typename: string }) => c.__typename === 'VeiligThuisReport');
    expect(reports.length).toBeGreaterThan(0);
    for (const report of reports) expect(report.reporter).toBeNull();
    expect(body.errors?.every((e) => e.extensions?.code === 'FORBIDDEN_FIELD' && e.path?.at(-1) === 'reporter')).toBe(true);
    const names = (data.meldingen.get(reported.dossiernummer) ?? []).flatMap((m) => (m.melder.afgeschermd ? [m.melder.afgeschermd.naam] : []));
    for (const name of names) expect(JSON.stringify(body)).not.toContain(name);
  });

  it("denies another organisation's Veilig Thuis worker the dossier, and never asks the partner for it", async () => {
    await resetCalls();
    const denied = await asCaller(childQuery(reportedId, `${CONTACTS} veiligThuisSafetyAssessment { outcome }`), as('VEILIG_THUIS_WORKER', 'gemeente-demo'));
    expect(denied.body.data._entities[0]).toEqual({ veiligThuisContacts: null, veiligThuisSafetyAssessment: null });
    expect(denied.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN_FIELD', 'FORBIDDEN_FIELD']);
    expect(JSON.stringify(denied.body)).not.toMatch(/PHYSICAL|NEGLECT|ABUSE|VIOLENCE|SAFE|\d{4}-\d{2}-\d{2}/);
    const counted = await calls();
    expect(counted['/registratie/api/meldingen']).toBeUndefined();
    expect(counted['/registratie/api/adviezen']).toBeUndefined();
    expect(counted['/registratie/api/veiligheidsbeoordelingen']).toBeUndefined();
  });

  // Regression: the status went to any case participant, so a case director who opened a case in
  // phase 2 from another organisation's signal learned Veilig Thuis's involvement on their own word.
  it('gives a school care coordinator status feedback only, as a case participant with consent in phase 2 or on the legal basis from phase 3', async () => {
    const query = childQuery(reportedId, `veiligThuisStatus { stage } ${CONTACTS}`);
    await resetCalls();
    const before = await asCaller(query, as('SCHOOL_CARE_COORDINATOR', 'school-kompas'));
    expect(before.body.data._entities[0]).toEqual({ veiligThuisStatus: null, veiligThuisContacts: null });
    bed.grants.set('school-kompas', reportedId, { caseParticipant: true, casePhase: 2 });
    const phase2 = await asCaller(query, as('SCHOOL_CARE_COORDINATOR', 'school-kompas'));
    expect(phase2.body.data._entities[0].veiligThuisStatus).toBeNull();
    expect((await calls())['/registratie/api/terugkoppeling']).toBeUndefined();
    bed.grants.set('school-kompas', reportedId, { caseParticipant: true, casePhase: 2, consent: true });
    expect((await asCaller(query, as('SCHOOL_CARE_COORDINATOR', 'school-kompas'))).body.data._entities[0].veiligThuisStatus).toEqual({ stage: expect.any(String) });
    await resetCalls();
    bed.grants.set('school-kompas', reportedId, { caseParticipant: true, casePhase: 3 });
    const after = await asCaller(query, as('SCHOOL_CARE_COORDINATOR', 'school-kompas'));
    expect(after.body.data._entities[0].veiligThuisStatus).toEqual({ stage: expect.any(String) });
    expect(after.body.data._entities[0].veiligThuisContacts).toBeNull();
    const counted = await calls();
    expect(counted['/registratie/api/terugkoppeling']).toBe(1);
    expect(counted['/registratie/api/meldingen']).toBeUndefined();
  });

  it('releases safety assessment and follow-up to a case director and the police at AVE phase 3 only', async () => {
    const query = childQuery(assessedId, 'veiligThuisSafetyAssessment { outcome } veiligThuisFollowUp { track }');
    for (const [role, organisation] of [['CASE_DIRECTOR', 'gemeente-demo'], ['POLICE_OFFICER', 'politie-basisteam']] as const) {
      bed.grants.set(organisation, assessedId, { caseParticipant: true, casePhase: 2, consent: true });
      const phase2 = await asCaller(query, as(role, organisation));
      expect(phase2.body.data._entities[0]).toEqual({ veiligThuisSafetyAssessment: null, veiligThuisFollowUp: null });
      expect(phase2.body.errors?.[0]?.message).toContain('AVE phase 3');
      bed.grants.set(organisation, assessedId, { caseParticipant: true, casePhase: 3 });
      const phase3 = await asCaller(query, as(role, organisation));
      expect(phase3.body.errors).toBeUndefined();
      expect(phase3.body.data._entities[0].veiligThuisSafetyAssessment.outcome).toMatch(/SAFE/);
      expect(phase3.body.data._entities[0].veiligThuisFollowUp.track).toEqual(expect.any(String));
    }
  });

  it("lists the region's dossier children and loads their records with one partner call per resource", async () => {
    await resetCalls();
    const { body } = await asCaller(
      `{ _entities(representations: [{ __typename: "Organisation", id: "${REGION}" }]) { ... on Organisation { veiligThuisDossierChildren(first: 100) {
          id ${CONTACTS} veiligThuisSafetyAssessment { outcome } veiligThuisFollowUp { track } veiligThuisStatus { stage } } } } }`,
      as('VEILIG_THUIS_WORKER', REGION),
    );
    expect(body.errors).toBeUndefined();
    const children = body.data._entities[0].veiligThuisDossierChildren;
    expect(children).toHaveLength(data.dossiers.length);
    const counted = await calls();
    for (const route of ['meldingen', 'adviezen', 'veiligheidsbeoordelingen', 'vervolg', 'terugkoppeling']) expect(counted[`/registratie/api/${route}`]).toBe(1);
    // Across the region every code of the registration system is mapped onto the graph.
    const reports = children.flatMap((c: { veiligThuisContacts: { __typename: string }[] }) => c.veiligThuisContacts.filter((k) => k.__typename === 'VeiligThuisReport'));
    const distinct = (values: unknown[]) => new Set(values.filter((v) => v !== undefined)).size;
    expect(distinct(reports.map((r: { suspicion: string }) => r.suspicion))).toBe(5);
    expect(distinct(reports.map((r: { reporter: { kind: string } }) => r.reporter.kind))).toBe(3);
    expect(distinct(children.map((c: { veiligThuisSafetyAssessment: { outcome: string } | null }) => c.veiligThuisSafetyAssessment?.outcome))).toBe(3);
    expect(distinct(children.map((c: { veiligThuisFollowUp: { track: string } | null }) => c.veiligThuisFollowUp?.track))).toBe(4);
    expect(distinct(children.map((c: { veiligThuisStatus: { stage: string } }) => c.veiligThuisStatus.stage))).toBe(5);
  });
});
