import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPolicies } from '../../schema/policy.ts';
import { CallerContexts } from '../../test/harness/callerContexts.ts';
import { postGraphQL } from '../../test/harness/postGraphQL.ts';
import { sdlContract } from '../../test/harness/sdlContract.ts';
import { data, dvChild, entity, haltChild, proKidChild, REGISTRATIONS, startPoliceTestbed, UNIT, type PoliceTestbed } from './policeTestbed.ts';

let bed: PoliceTestbed;
const officer = () => bed.as('POLICE_OFFICER', UNIT);
beforeAll(async () => {
  bed = await startPoliceTestbed();
});
afterAll(() => bed?.close());

describe('police subgraph contract', () => {
  it('publishes Child as an entity keyed by id, with @privacy citing an article on every personal field', async () => {
    const { body } = await bed.query('{ _service { sdl } }', officer());
    const sdl: string = body.data._service.sdl;
    const contract = sdlContract(sdl);
    expect(contract.keysOf('Child')).toEqual(['id']);
    expect(contract.fieldsOf('Child')).toEqual(
      expect.arrayContaining(['policeRegistrations', 'domesticViolenceFlag', 'proKidSignal', 'haltReferrals', 'policeCaseOutcome']),
    );
    expect(contract.fieldsOf('Organisation')).toContain('registeredChildren');
    expect(contract.fieldsWithoutRule('Child')).toEqual([]);
    expect(contract.fieldsWithoutRule('Organisation')).toEqual([]);
    const policies = readPolicies(parse(sdl));
    // Each implementation of the interface has a stricter rule of its own, which the gateway must honour.
    expect(policies.fields.has('PoliceIncident.narrative')).toBe(true);
    expect(policies.fields.has('PoliceCareReport.findings')).toBe(true);
    for (const [coordinate, rules] of policies.fields) {
      for (const rule of rules) expect(rule.basis, coordinate).toMatch(/art\. \d/);
      expect(rules.flatMap((rule) => rule.roles), coordinate).not.toContain('JGZ_PROFESSIONAL');
    }
    expect(sdl).not.toMatch(/^\s*bsn\s*[:(]/im);
  });

  it('resolves _entities for well-formed pseudonyms only', async () => {
    const { body } = await bed.query(
      `{ _entities(representations: [{ __typename: "Child", id: "${dvChild.id}" }, { __typename: "Child", id: "${dvChild.bsn}" }]) { ... on Child { id } } }`,
      officer(),
    );
    expect(body.data._entities).toEqual([{ id: dvChild.id }, null]);
  });

  it('refuses a request without a gateway context, or with one signed by another key', async () => {
    const anonymous = await postGraphQL(bed.subgraph.url, entity(dvChild.id, 'proKidSignal { colour }'));
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.data).toBeUndefined();
    const forger = await CallerContexts.create('police');
    const forged = await bed.query('{ _service { sdl } }', forger.sign({ role: 'POLICE_OFFICER', organisation: UNIT, purpose: 'CASE_DISCUSSION' }));
    expect(forged.status).toBe(401);
    expect(JSON.stringify(forged.body)).not.toContain('Child');
  });
});

describe('mapping the registration system onto the graph', () => {
  it('maps incidents and care reports onto the PoliceRegistration interface, newest first', async () => {
    const { body } = await bed.query(entity(dvChild.id, REGISTRATIONS), officer());
    expect(body.errors).toBeUndefined();
    const incidents = (data.registraties.get(dvChild.persoonsnummer) ?? []).map((r) => ({
      __typename: 'PoliceIncident',
      registeredOn: r.pleegdatum,
      incidentType: { HUISELIJK_GEWELD: 'DOMESTIC_VIOLENCE', MISHANDELING: 'ASSAULT', DIEFSTAL: 'THEFT', VERNIELING: 'VANDALISM', JEUGDOVERLAST: 'YOUTH_NUISANCE', BEDREIGING: 'THREAT', VERMISSING: 'MISSING_PERSON' }[r.incidentsoort],
      childRole: { verdachte: 'SUSPECT', slachtoffer: 'VICTIM', getuige: 'WITNESS', betrokkene: 'INVOLVED' }[r.rol],
      narrative: r.mutatietekst,
    }));
    const careReports = (data.zorgmeldingen.get(dvChild.persoonsnummer) ?? []).map((z) => ({
      __typename: 'PoliceCareReport',
      registeredOn: z.datum,
      sentTo: { VEILIG_THUIS: 'VEILIG_THUIS', JEUGDTEAM: 'YOUTH_TEAM' }[z.ontvanger],
      concern: { HUISELIJK_GEWELD: 'DOMESTIC_VIOLENCE', OPVOEDINGSPROBLEMATIEK: 'PARENTING', JEUGDCRIMINALITEIT: 'YOUTH_CRIME', VERWAARLOZING: 'NEGLECT', OVERIG: 'OTHER' }[z.aanleiding],
      findings: z.bevindingen,
    }));
    const expected = [...incidents, ...careReports].sort((a, b) => b.registeredOn.localeCompare(a.registeredOn));
    expect(body.data._entities[0].policeRegistrations).toEqual(expected);
    expect(expected.some((r) => 'sentTo' in r && r.sentTo === 'VEILIG_THUIS')).toBe(true);
  });

  it('maps the domestic-violence flag, the ProKid signal and the L3 outcome', async () => {
    const query = (id: string) =>
      entity(id, 'domesticViolenceFlag { flaggedSince lastIncidentOn incidentCount } proKidSignal { colour determinedOn addressSignals { registeredOn kind } } policeCaseOutcome { registrationCount roles lastRegisteredOn careReportSent summary }');
    const dv = await bed.query(query(dvChild.id), officer());
    expect(dv.body.errors).toBeUndefined();
    const flag = data.hgSignalering.get(dvChild.persoonsnummer);
    expect(dv.body.data._entities[0].domesticViolenceFlag).toEqual({ flaggedSince: flag?.sinds, lastIncidentOn: flag?.laatsteIncident, incidentCount: flag?.aantalIncidenten });
    const registraties = data.registraties.get(dvChild.persoonsnummer) ?? [];
    const roles = ['verdachte', 'slachtoffer', 'getuige', 'betrokkene'].filter((rol) => registraties.some((r) => r.rol === rol));
    const outcome = dv.body.data._entities[0].policeCaseOutcome;
    expect(outcome).toMatchObject({
      registrationCount: registraties.length,
      roles: roles.map((rol) => ({ verdachte: 'SUSPECT', slachtoffer: 'VICTIM', getuige: 'WITNESS', betrokkene: 'INVOLVED' })[rol]),
      lastRegisteredOn: registraties.map((r) => r.pleegdatum).sort().at(-1),
      careReportSent: true,
    });
    expect(outcome.summary).toContain(`${registraties.length} registratie`);
    for (const r of registraties) expect(outcome.summary).not.toContain(r.mutatietekst);

    const pk = await bed.query(query(proKidChild.id), officer());
    const signal = data.prokid.get(proKidChild.persoonsnummer);
    expect(pk.body.data._entities[0].proKidSignal).toEqual({
      colour: { wit: 'WHITE', geel: 'YELLOW', oranje: 'ORANGE', rood: 'RED' }[signal?.kleurcode ?? 'wit'],
      determinedOn: signal?.vastgesteld,
      addressSignals: signal?.adressignalen.map((a) => ({
        registeredOn: a.datum,
        kind: { HUISELIJK_GEWELD: 'DOMESTIC_VIOLENCE', OVERLAST: 'NUISANCE', DRUGS: 'DRUGS', ZORGMELDING_HUISGENOOT: 'CARE_REPORT_HOUSEMATE' }[a.soort],
      })),
    });
  });

  it('maps Halt referrals, and gives the compulsory-education purpose only the truancy referrals', async () => {
    const query = entity(haltChild.id, 'haltReferrals { referredOn offence referredBy outcome }');
    const all = (data.halt.get(haltChild.persoonsnummer) ?? []).map((h) => ({
      referredOn: h.verwijsdatum,
      offence: { WINKELDIEFSTAL: 'SHOPLIFTING', VERNIELING: 'VANDALISM', VUURWERK: 'FIREWORKS', OVERLAST: 'NUISANCE', SCHOOLVERZUIM: 'TRUANCY' }[h.feit],
      referredBy: { POLITIE: 'POLICE', LEERPLICHT: 'COMPULSORY_EDUCATION_OFFICER', BOA: 'ENFORCEMENT_OFFICER' }[h.verwijzer],
      outcome: { LOPEND: 'IN_PROGRESS', POSITIEF_AFGEROND: 'COMPLETED', NEGATIEF_AFGEROND: 'FAILED' }[h.uitkomst],
    }));
    const own = await bed.query(query, officer());
    expect(own.body.data._entities[0].haltReferrals).toEqual(all);
    const leerplicht = await bed.query(query, bed.as('COMPULSORY_EDUCATION_OFFICER', 'gemeente-demo', 'COMPULSORY_EDUCATION'));
    expect(leerplicht.body.errors).toBeUndefined();
    expect(leerplicht.body.data._entities[0].haltReferrals).toEqual(all.filter((h) => h.offence === 'TRUANCY'));
    expect(all.some((h) => h.offence !== 'TRUANCY')).toBe(true);
  });
});
