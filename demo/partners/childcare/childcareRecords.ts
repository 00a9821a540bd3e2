import { organisationsOfType } from '../../../schema/covenant.ts';
import { daysBeforeReference, syntheticChild, type PopulationOptions, type SyntheticChild } from '../../synthetic/population.ts';
import { randomFor, type Random } from '../../synthetic/random.ts';
import { ChildRecordStore, indexFromNumber, type ChildSource } from '../childRecordStore.ts';
import type { CcCareSignal, CcChild, CcHandover, CcObservation, CcPlacement, CcVveIndication } from './childcareFormat.ts';

/** Everything the childcare system holds of one child. */
export interface ChildcareChildRecords {
  child: CcChild;
  placement: CcPlacement;
  vveIndication: CcVveIndication | null;
  /** Empty for a child under one. */
  observations: CcObservation[];
  /** Only for a child who has left for primary school. */
  handover: CcHandover | null;
  careSignals: CcCareSignal[];
}

const DOMAINS = ['TAAL', 'REKENEN', 'GROVE_MOTORIEK', 'FIJNE_MOTORIEK', 'SOC_EMO', 'ZELFREDZAAMHEID'] as const;
const PROGRAMMES = ['Piramide', 'Uk & Puk', 'Kaleidoscoop', 'Startblokken'];
const ATTENTION = ['Taalontwikkeling volgen', 'Wennen aan grotere groep', 'Zindelijkheid', 'Contact met leeftijdgenoten', 'Concentratie bij kringactiviteiten'];

const kindIdOf = (index: number) => `K-${String(index).padStart(6, '0')}`;

/** The childcare system's records of each child, made one child at a time from the shared population. */
export function childcareChildren(options: PopulationOptions): ChildSource<CcChild, ChildcareChildRecords> {
  // Read once: the covenant may come from a file, and this runs a million times.
  const locations = organisationsOfType('CHILDCARE');
  const primarySchools = organisationsOfType('SCHOOL').slice(0, -1);

  // The draws up to the placement's location; `records` goes on with the same stream.
  const enrol = (index: number) => {
    if (locations.length === 0) return null;
    const synthetic = syntheticChild(options.seed, index);
    const random = randomFor(options.seed, 'childcare', index);
    if (synthetic.ageAtReference > 4 || !random.chance(0.65)) return null;
    const location = random.pick(locations);
    const child: CcChild = {
      kindId: kindIdOf(index),
      bsn: synthetic.bsn,
      locationId: location.id,
      firstName: synthetic.givenName,
      lastName: synthetic.familyName,
      dateOfBirth: synthetic.birthDate,
    };
    return { synthetic, random, child };
  };

  const records = (index: number): ChildcareChildRecords | null => {
    const enrolled = enrol(index);
    if (!enrolled) return null;
    const { synthetic, random, child } = enrolled;
    const { kindId, locationId } = child;
    const age = synthetic.ageAtReference;
    // A 4-year-old has moved on to primary school: the placement ended and the handover form is drawn up.
    const leftForSchool = age === 4;
    const vve = age >= 2 && random.chance(0.05 + synthetic.risk * 0.35);
    const placement: CcPlacement = {
      kindId,
      locationId,
      groupName: age < 2 ? random.pick(['Babygroep Vlinder', 'Dreumesgroep Egel']) : random.pick(['Peutergroep Rups', 'Peutergroep Uil']),
      careType: age >= 2 && random.chance(0.4) ? 'PEUTEROPVANG' : 'DAGOPVANG',
      daysPerWeek: random.int(1, 4),
      startDate: daysBeforeReference(random.int(30, Math.max(31, age * 365))),
      endDate: leftForSchool ? daysBeforeReference(random.int(1, 180)) : null,
    };
    const vveIndicationOf = vve ? vveIndication(kindId, random) : null;
    const observations = observe(kindId, synthetic, random);
    const handoverOf = leftForSchool ? handover(kindId, random, vve, primarySchools.length > 0 ? random.pick(primarySchools).id : null) : null;
    // Care signals gather among the few with a high need for care, as at the other partners.
    const careSignals = random.chance(synthetic.risk > 0.8 ? 0.6 : 0.01) ? [careSignal(kindId, random)] : [];
    return { child, placement, vveIndication: vveIndicationOf, observations, handover: handoverOf, careSignals };
  };

  return { identity: (index) => enrol(index)?.child ?? null, records };
}

/** The childcare system's data for the whole population, made per child when asked for. */
export const childcareRecordStore = (options: PopulationOptions) =>
  new ChildRecordStore({
    count: options.count,
    source: childcareChildren(options),
    indexOf: (kindId) => indexFromNumber(kindId, 'K-', 0, 1),
    localIdOf: (records) => records.child.kindId,
  });

function vveIndication(kindId: string, random: Random): CcVveIndication {
  return {
    kindId,
    indicatedBy: 'JGZ',
    indicationDate: daysBeforeReference(random.int(60, 600)),
    reasonCode: random.pick(['TAAL', 'TAAL', 'SOC_EMO', 'MOTORIEK', 'OMGEVING'] as const),
    programme: random.pick(PROGRAMMES),
    hoursPerWeek: 16,
    validUntil: daysBeforeReference(-random.int(30, 700)),
  };
}

/** KIJK!-style rounds: one per year of age after the first, every domain observed each round. */
function observe(kindId: string, child: SyntheticChild, random: Random): CcObservation[] {
  const observations: CcObservation[] = [];
  for (let round = 0; round < Math.min(child.ageAtReference, 2); round++) {
    const observationDate = daysBeforeReference(30 + round * 180 + random.int(0, 60));
    for (const domain of DOMAINS) {
      const behind = random.chance(0.03 + child.risk * 0.3);
      observations.push({
        kindId,
        observationDate,
        instrument: 'KIJK!',
        domain,
        level: Math.max(1, Math.min(6, child.ageAtReference + 1 - round + (behind ? -1 : random.int(0, 1)))),
        assessment: behind ? 'ACHTERSTAND' : random.chance(0.1) ? 'VOORSPRONG' : 'CONFORM',
      });
    }
  }
  return observations;
}

function handover(kindId: string, random: Random, attendedVve: boolean, receivingSchoolId: string | null): CcHandover {
  const parentConsent = random.chance(0.9);
  return {
    kindId,
    formDate: daysBeforeReference(random.int(20, 200)),
    receivingSchoolId,
    parentConsent,
    warmHandoverMeeting: attendedVve || random.chance(0.2),
    attendedVve,
    summary: attendedVve ? 'Heeft VVE-programma gevolgd; doorgaande lijn met groep 1 afgesproken.' : 'Ontwikkeling verloopt naar verwachting.',
    attentionPoints: random.chance(0.5) ? [random.pick(ATTENTION)] : [],
  };
}

function careSignal(kindId: string, random: Random): CcCareSignal {
  return {
    kindId,
    signalDate: daysBeforeReference(random.int(5, 300)),
    concernCode: random.pick(['ONTWIKKELING', 'GEDRAG', 'THUISSITUATIE', 'VERWAARLOZING', 'GEZONDHEID'] as const),
    discussedWithParents: random.chance(0.7),
    followUpCode: random.pick(['OBSERVEREN', 'DOORVERWEZEN_JGZ', 'OVERLEG_WIJKTEAM', 'MELDING_VEILIG_THUIS'] as const),
  };
}
