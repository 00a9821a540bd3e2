import { describe, expect, it } from 'vitest';
import type { CarePlan, Condition, Encounter, Patient } from '../../demo/partners/ggd/fhirR4.ts';
import { useGgdTestbed } from './ggdTestbed.ts';

/** Mapping FHIR R4 onto the graph: expectations are computed from the demo system's own resources. */
const bed = useGgdTestbed();
const { data } = bed;
const jgz = () => bed.sign('JGZ_PROFESSIONAL');
const code = (concept: { coding?: { code?: string }[] } | undefined) => concept?.coding?.[0]?.code ?? '';
const newestFirst = <T>(items: T[], date: (item: T) => string | undefined) => [...items].sort((a, b) => (date(b) ?? '').localeCompare(date(a) ?? ''));
const some = (predicate: (patient: Patient) => boolean, count = 12) => {
  const found = data.patients.filter(predicate).slice(0, count);
  if (found.length < count) throw new Error(`the synthetic population should hold ${count} such JGZ clients, it holds ${found.length}`);
  return found;
};

const SETTING = (e: Encounter) => ({ HH: 'HOME', VR: 'REMOTE' })[e.class.code as 'HH' | 'VR'] ?? (code(e.serviceType) === 'school' ? 'SCHOOL' : 'CONSULTATION_BUREAU');
const DISCIPLINE: Record<string, string> = { JA: 'DOCTOR', JVP: 'NURSE', DA: 'ASSISTANT' };
const CONTACT_STATUS: Record<string, string> = { finished: 'HELD', cancelled: 'CANCELLED' };
const OUTCOME: Record<string, string> = { N: 'NORMAL', IND: 'BORDERLINE', A: 'ABNORMAL' };
const DOMAIN: Record<string, string> = { groei: 'GROWTH', ontwikkeling: 'DEVELOPMENT', psychosociaal: 'PSYCHOSOCIAL', opvoeding: 'PARENTING', veiligheid: 'SAFETY', leefstijl: 'LIFESTYLE' };
const CONCERN_STATUS: Record<string, string> = { active: 'ACTIVE', inactive: 'INACTIVE', remission: 'INACTIVE', resolved: 'RESOLVED' };
const ACTIVITY: Record<string, string> = { completed: 'COMPLETED', 'in-progress': 'IN_PROGRESS', 'not-started': 'NOT_STARTED', scheduled: 'SCHEDULED' };
const domainOf = (c: Condition) => DOMAIN[code(c.category?.[1])];

describe('mapping the GGD’s FHIR resources onto the graph', () => {
  it('maps Encounters to contacts: setting from class and serviceType, discipline from the contained PractitionerRole', async () => {
    const patients = [...some((p) => bed.resourcesOf(p, 'Encounter').some((e) => e.class.code === 'VR'), 3), ...some((p) => bed.resourcesOf(p, 'Encounter').some((e) => e.status === 'cancelled'), 3)];
    const { body } = await bed.entities(patients, 'jgzContacts { date description setting scheduled status discipline }', jgz());
    expect(body.errors).toBeUndefined();
    const expected = patients.map((p) =>
      newestFirst(bed.resourcesOf(p, 'Encounter'), (e) => e.period?.start).map((e) => ({
        date: e.period?.start?.slice(0, 10),
        description: e.type?.[0]?.text,
        setting: SETTING(e),
        scheduled: code(e.type?.[0]) === 'regulier',
        status: CONTACT_STATUS[e.status],
        discipline: DISCIPLINE[code(e.contained?.[0]?.code?.[0])],
      })),
    );
    expect(body.data._entities.map((c: { jgzContacts: unknown }) => c.jgzContacts)).toEqual(expected);
    const seen = JSON.stringify(expected);
    for (const value of ['HOME', 'REMOTE', 'SCHOOL', 'CONSULTATION_BUREAU', 'CANCELLED', 'DOCTOR', 'NURSE', 'ASSISTANT']) expect(seen).toContain(value);
  });

  it('groups height and weight Observations per day and converts grams to kilograms', async () => {
    const patients = [...some((p) => p.birthDate! > '2025-11-01', 2), ...some((p) => p.birthDate! < '2020-01-01', 2)];
    const { body } = await bed.entities(patients, 'growthMeasurements { measuredOn heightCm weightKg }', jgz());
    const expected = patients.map((p) => {
      const byDay = new Map<string, { measuredOn: string; heightCm: number | null; weightKg: number | null }>();
      for (const o of bed.resourcesOf(p, 'Observation').filter((o) => code(o.category?.[0]) === 'vital-signs')) {
        const day = o.effectiveDateTime!.slice(0, 10);
        const entry = byDay.get(day) ?? { measuredOn: day, heightCm: null, weightKg: null };
        const value = o.valueQuantity?.value ?? 0;
        if (code(o.code) === '29463-7') entry.weightKg = Math.round((o.valueQuantity?.code === 'g' ? value / 1000 : value) * 1000) / 1000;
        else entry.heightCm = value;
        byDay.set(day, entry);
      }
      return newestFirst([...byDay.values()], (m) => m.measuredOn);
    });
    expect(body.data._entities.map((c: { growthMeasurements: unknown }) => c.growthMeasurements)).toEqual(expected);
    const infantWeights = bed.resourcesOf(patients[0]!, 'Observation').filter((o) => o.valueQuantity?.code === 'g');
    expect(infantWeights.length).toBeGreaterThan(0);
    expect(body.data._entities[0].growthMeasurements.every((m: { weightKg: number }) => m.weightKg < 15)).toBe(true);
  });

  it('maps Immunizations: ATC code, dose, not given with its reason, and leaves out entered-in-error', async () => {
    const patients = [...some((p) => bed.resourcesOf(p, 'Immunization').some((i) => i.status === 'entered-in-error'), 2), ...some((p) => bed.resourcesOf(p, 'Immunization').some((i) => i.status === 'not-done'), 2)];
    const { body } = await bed.entities(patients, 'vaccinations { vaccine atcCode date doseNumber status notGivenReason }', jgz());
    const expected = patients.map((p) =>
      newestFirst(bed.resourcesOf(p, 'Immunization').filter((i) => i.status !== 'entered-in-error'), (i) => i.occurrenceDateTime).map((i) => ({
        vaccine: i.vaccineCode.text,
        atcCode: code(i.vaccineCode),
        date: i.occurrenceDateTime,
        doseNumber: i.protocolApplied?.[0]?.doseNumberPositiveInt,
        status: i.status === 'not-done' ? 'NOT_GIVEN' : 'GIVEN',
        notGivenReason: i.status === 'not-done' ? 'OBJECTION' : null,
      })),
    );
    expect(body.data._entities.map((c: { vaccinations: unknown }) => c.vaccinations)).toEqual(expected);
    expect(JSON.stringify(expected)).toContain('OBJECTION');
  });

  it('maps survey Observations to screenings with the v3 interpretation as outcome', async () => {
    const sdq = (p: Patient, flag: string) => bed.resourcesOf(p, 'Observation').some((o) => code(o.code) === 'sdq' && code(o.interpretation?.[0]) === flag);
    const patients = [...some((p) => sdq(p, 'IND'), 2), ...some((p) => sdq(p, 'A'), 2), ...some((p) => p.birthDate! > '2024-01-01', 2)];
    const { body } = await bed.entities(patients, 'developmentScreenings { date instrument score outcome }', jgz());
    const expected = patients.map((p) =>
      newestFirst(bed.resourcesOf(p, 'Observation').filter((o) => code(o.category?.[0]) === 'survey'), (o) => o.effectiveDateTime).map((o) => ({
        date: o.effectiveDateTime?.slice(0, 10),
        instrument: code(o.code) === 'sdq' ? 'SDQ' : 'VAN_WIECHEN',
        score: o.valueInteger ?? null,
        outcome: OUTCOME[code(o.interpretation?.[0])],
      })),
    );
    expect(body.data._entities.map((c: { developmentScreenings: unknown }) => c.developmentScreenings)).toEqual(expected);
    for (const value of ['NORMAL', 'BORDERLINE', 'ABNORMAL', 'VAN_WIECHEN', 'SDQ']) expect(JSON.stringify(expected)).toContain(value);
  });

  it('maps Conditions to concerns and the zorgplan CarePlan to the care plan, and summarises both for the case director', async () => {
    const plan = (p: Patient) => bed.resourcesOf(p, 'CarePlan').find((c) => code(c.category?.[0]) === 'zorgplan');
    const patients = [...some((p) => plan(p)?.status === 'active', 2), ...some((p) => plan(p)?.status === 'completed', 2)];
    const { body } = await bed.entities(patients, 'jgzConcerns { description domain status since } jgzCarePlan { title status startedOn activities { description status } } jgzCareSummary { activeConcernDomains carePlanStatus carePlanStartedOn openActivities }', jgz());
    expect(body.errors).toBeUndefined();
    patients.forEach((p, n) => {
      const concerns = newestFirst(bed.resourcesOf(p, 'Condition'), (c) => c.onsetDateTime);
      const carePlan = plan(p) as CarePlan;
      const status = carePlan.status === 'active' ? 'ACTIVE' : 'COMPLETED';
      expect(body.data._entities[n]).toEqual({
        jgzConcerns: concerns.map((c) => ({ description: c.code?.text, domain: domainOf(c), status: CONCERN_STATUS[code(c.clinicalStatus)], since: c.onsetDateTime })),
        jgzCarePlan: { title: carePlan.title, status, startedOn: carePlan.period?.start, activities: (carePlan.activity ?? []).map((a) => ({ description: a.detail?.description, status: ACTIVITY[a.detail?.status ?? ''] })) },
        jgzCareSummary: {
          activeConcernDomains: [...new Set(concerns.filter((c) => code(c.clinicalStatus) === 'active').map(domainOf))],
          carePlanStatus: status,
          carePlanStartedOn: carePlan.period?.start,
          openActivities: (carePlan.activity ?? []).filter((a) => a.detail?.status !== 'completed').length,
        },
      });
    });
    expect(JSON.stringify(body.data)).toMatch(/RESOLVED|INACTIVE/);
  });
});
