import { organisationsOfType } from '../../../schema/covenant.ts';
import { REFERENCE_DATE, syntheticChild, type PopulationOptions, type SyntheticChild } from '../../synthetic/population.ts';
import { randomFor, type Random } from '../../synthetic/random.ts';
import { ChildRecordStore, indexFromNumber, type ChildSource } from '../childRecordStore.ts';
import { concept, coding, SYSTEM, type ClinicalResource, type Encounter, type Immunization, type Observation, type Patient } from './fhirR4.ts';
import { generateCare } from './ggdCare.ts';
import { encounterFor, dateAfterBirth } from './ggdEncounters.ts';
import { RVP_DOSES, typicalGrowth, CONTACT_MOMENTS, type ContactMoment } from './ggdSchedule.ts';

/**
 * The records of the demo JGZ system (a FHIR R4 server of the GGD), one child at a time: a Patient
 * per child aged 0 to 17, with its contacts, growth and screening observations, vaccinations, and
 * for the few with a high need for care, concerns and a care plan. Deterministic from the shared
 * population, and tens of kilobytes a child: made when asked for, never all at once.
 */
export interface GgdChildRecords {
  patient: Patient;
  clinical: ClinicalResource[];
}

const DAY_MS = 86_400_000;
const JGZ_MAX_AGE = 17;

const patientIdOf = (index: number) => `jgz-${index}`;

export function ggdChildren(options: PopulationOptions): ChildSource<Patient, GgdChildRecords> {
  // Read once: the covenant may come from a file, and this runs a million times.
  const ggd = organisationsOfType('GGD')[0];

  const enrol = (index: number) => {
    if (!ggd) return null;
    const child = syntheticChild(options.seed, index);
    if (child.ageAtReference > JGZ_MAX_AGE) return null;
    return { child, patient: patientOf(child, ggd.id, ggd.name) };
  };

  const records = (index: number): GgdChildRecords | null => {
    const enrolled = enrol(index);
    if (!enrolled) return null;
    const { child, patient } = enrolled;
    const random = randomFor(options.seed, 'ggd', index);
    const ageDays = Math.floor((REFERENCE_DATE.getTime() - Date.parse(`${child.birthDate}T00:00:00Z`)) / DAY_MS);
    const clinical: ClinicalResource[] = [];
    const factor = { height: 1 + 0.05 * (random.next() - 0.5) * 2, weight: 1 + 0.12 * (random.next() - 0.5) * 2 };
    CONTACT_MOMENTS.filter((m) => m.day <= ageDays).forEach((m, n) => {
      const missed = random.chance(0.03 + child.risk * 0.2);
      const encounter = encounterFor(patient.id, `${child.index}-${n}`, child.birthDate, m, missed ? 'cancelled' : 'finished', random);
      clinical.push(encounter);
      if (!missed) clinical.push(...observationsAt(child, m, encounter, factor, random));
    });
    clinical.push(...vaccinationsOf(child, patient.id, ageDays, random));
    clinical.push(...generateCare(child, patient.id, ageDays, random));
    return { patient, clinical };
  };

  return { identity: (index) => enrol(index)?.patient ?? null, records };
}

/** The JGZ system's data for the whole population, made per patient when asked for. */
export const ggdRecordStore = (options: PopulationOptions) =>
  new ChildRecordStore({
    count: options.count,
    source: ggdChildren(options),
    indexOf: (id) => indexFromNumber(id, 'jgz-', 0, 1),
    localIdOf: (records) => records.patient.id,
  });

function patientOf(child: SyntheticChild, ggdId: string, ggdName: string): Patient {
  return {
    resourceType: 'Patient',
    id: patientIdOf(child.index),
    identifier: [
      { system: SYSTEM.bsn, value: child.bsn },
      { system: SYSTEM.clientNumber, value: `JGZ${String(700000 + child.index * 3).padStart(8, '0')}` },
    ],
    name: [{ use: 'official', family: child.familyName, given: [child.givenName] }],
    gender: child.sex === 'F' ? 'female' : child.sex === 'M' ? 'male' : 'other',
    birthDate: child.birthDate,
    managingOrganization: { reference: `Organization/${ggdId}`, display: ggdName },
  };
}

function observationsAt(child: SyntheticChild, m: ContactMoment, encounter: Encounter, factor: { height: number; weight: number }, random: Random): Observation[] {
  const base = { resourceType: 'Observation' as const, status: 'final' as const, subject: encounter.subject, encounter: { reference: `Encounter/${encounter.id}` }, effectiveDateTime: encounter.period?.start };
  const out: Observation[] = [];
  if (m.growth) {
    const vital = [concept(SYSTEM.observationCategory, 'vital-signs', 'Vital Signs')];
    const typical = typicalGrowth(m.day);
    const lying = m.day < 730;
    const height = Math.round(typical.heightCm * factor.height * 10) / 10;
    const weightKg = typical.weightKg * factor.weight * (child.risk > 0.85 ? 0.9 : 1);
    out.push({
      ...base,
      id: `obs-${encounter.id}-lengte`,
      category: vital,
      code: lying ? concept(SYSTEM.loinc, '8306-3', 'Body height --lying', 'Lengte (liggend)') : concept(SYSTEM.loinc, '8302-2', 'Body height', 'Lengte'),
      valueQuantity: { value: height, unit: 'cm', system: SYSTEM.ucum, code: 'cm' },
    });
    // Infant scales weigh in grams; the adapter converts.
    out.push({
      ...base,
      id: `obs-${encounter.id}-gewicht`,
      category: vital,
      code: concept(SYSTEM.loinc, '29463-7', 'Body weight', 'Gewicht'),
      valueQuantity: m.day < 365 ? { value: Math.round(weightKg * 1000), unit: 'g', system: SYSTEM.ucum, code: 'g' } : { value: Math.round(weightKg * 10) / 10, unit: 'kg', system: SYSTEM.ucum, code: 'kg' },
    });
  }
  if (m.screening) {
    const survey = [concept(SYSTEM.observationCategory, 'survey', 'Survey')];
    const id = `obs-${encounter.id}-${m.screening}`;
    if (m.screening === 'van-wiechen') {
      const flag = random.chance(0.03 + child.risk * 0.25) ? coding(SYSTEM.interpretation, 'A', 'Abnormal') : coding(SYSTEM.interpretation, 'N', 'Normal');
      out.push({ ...base, id, category: survey, code: concept(SYSTEM.instrument, 'van-wiechen', 'Van Wiechenonderzoek'), interpretation: [{ coding: [flag] }] });
    } else {
      // SDQ total difficulties: 0-13 normal, 14-16 borderline, 17-40 abnormal (parent version).
      const score = Math.min(40, random.int(0, 12) + Math.round(child.risk * random.int(0, 18)));
      const flag = score >= 17 ? coding(SYSTEM.interpretation, 'A', 'Abnormal') : score >= 14 ? coding(SYSTEM.interpretation, 'IND', 'Indeterminate') : coding(SYSTEM.interpretation, 'N', 'Normal');
      out.push({ ...base, id, category: survey, code: concept(SYSTEM.instrument, 'sdq', 'Strengths and Difficulties Questionnaire'), valueInteger: score, interpretation: [{ coding: [flag] }] });
    }
  }
  return out;
}

function vaccinationsOf(child: SyntheticChild, patientId: string, ageDays: number, random: Random): Immunization[] {
  const objecting = random.chance(0.04);
  const out: Immunization[] = [];
  RVP_DOSES.filter((d) => d.day + 14 <= ageDays).forEach((d, n) => {
    const status = objecting ? 'not-done' : random.chance(0.02 + child.risk * 0.1) ? null : 'completed';
    if (status === null) return; // missed and never recorded
    const base: Immunization = {
      resourceType: 'Immunization',
      id: `imm-${child.index}-${n}`,
      status,
      vaccineCode: concept(SYSTEM.atc, d.atc, d.display, d.display),
      patient: { reference: `Patient/${patientId}` },
      occurrenceDateTime: dateAfterBirth(child.birthDate, d.day + random.int(0, 14)),
      protocolApplied: [{ series: d.series, doseNumberPositiveInt: d.dose }],
      ...(objecting ? { statusReason: concept(SYSTEM.actReason, 'PATOBJ', 'patient objection') } : {}),
    };
    out.push(base);
    // Now and then a dose was registered twice; the second is marked entered-in-error.
    if (random.chance(0.01)) out.push({ ...base, id: `${base.id}-dup`, status: 'entered-in-error' });
  });
  return out;
}
