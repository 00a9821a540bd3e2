import { organisationsOfType } from '../../../schema/covenant.ts';
import { population, daysBeforeReference, type PopulationOptions, type SyntheticChild } from '../../synthetic/population.ts';
import { randomFor, type Random } from '../../synthetic/random.ts';

/**
 * The records of the demo childcare planning and child-tracking system (kindvolgsysteem), in its
 * own format: English field names, Dutch codes, `kindId` as local id and `locationId` as the
 * location (here the covenant's org id). Deliberately unlike the school's SIS.
 */
export interface CcChild {
  kindId: string;
  bsn: string;
  locationId: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
}

export interface CcPlacement {
  kindId: string;
  locationId: string;
  groupName: string;
  careType: 'DAGOPVANG' | 'PEUTEROPVANG';
  daysPerWeek: number;
  startDate: string;
  /** Set when the child has left, e.g. for primary school at 4. */
  endDate: string | null;
}

export interface CcVveIndication {
  kindId: string;
  /** JGZ indicates VVE on developmental grounds; the childcare system records it. */
  indicatedBy: 'JGZ';
  indicationDate: string;
  reasonCode: 'TAAL' | 'SOC_EMO' | 'MOTORIEK' | 'OMGEVING';
  programme: string;
  hoursPerWeek: number;
  validUntil: string;
}

export interface CcObservation {
  kindId: string;
  observationDate: string;
  instrument: 'KIJK!';
  domain: 'TAAL' | 'REKENEN' | 'GROVE_MOTORIEK' | 'FIJNE_MOTORIEK' | 'SOC_EMO' | 'ZELFREDZAAMHEID';
  /** Developmental level (ontwikkelingslijn stage) 1..6. */
  level: number;
  assessment: 'VOORSPRONG' | 'CONFORM' | 'ACHTERSTAND';
}

export interface CcHandover {
  kindId: string;
  formDate: string;
  receivingSchoolId: string | null;
  parentConsent: boolean;
  warmHandoverMeeting: boolean;
  attendedVve: boolean;
  summary: string;
  attentionPoints: string[];
}

export interface CcCareSignal {
  kindId: string;
  signalDate: string;
  concernCode: 'ONTWIKKELING' | 'GEDRAG' | 'THUISSITUATIE' | 'VERWAARLOZING' | 'GEZONDHEID';
  discussedWithParents: boolean;
  followUpCode: 'OBSERVEREN' | 'DOORVERWEZEN_JGZ' | 'OVERLEG_WIJKTEAM' | 'MELDING_VEILIG_THUIS';
}

export interface ChildcareSystemData {
  children: CcChild[];
  placements: Map<string, CcPlacement>;
  vveIndications: Map<string, CcVveIndication>;
  observations: Map<string, CcObservation[]>;
  handovers: Map<string, CcHandover>;
  careSignals: Map<string, CcCareSignal[]>;
}

const DOMAINS = ['TAAL', 'REKENEN', 'GROVE_MOTORIEK', 'FIJNE_MOTORIEK', 'SOC_EMO', 'ZELFREDZAAMHEID'] as const;
const PROGRAMMES = ['Piramide', 'Uk & Puk', 'Kaleidoscoop', 'Startblokken'];
const ATTENTION = ['Taalontwikkeling volgen', 'Wennen aan grotere groep', 'Zindelijkheid', 'Contact met leeftijdgenoten', 'Concentratie bij kringactiviteiten'];

/** Generates every location's records from the shared population, deterministically. */
export function generateChildcareData(options: PopulationOptions): ChildcareSystemData {
  const locations = organisationsOfType('CHILDCARE');
  const primarySchools = organisationsOfType('SCHOOL').slice(0, -1);
  const data: ChildcareSystemData = { children: [], placements: new Map(), vveIndications: new Map(), observations: new Map(), handovers: new Map(), careSignals: new Map() };
  if (locations.length === 0) return data;
  for (const child of population(options)) {
    const age = child.ageAtReference;
    const random = randomFor(options.seed, 'childcare', child.index);
    if (age > 4 || !random.chance(0.65)) continue;
    const kindId = `K-${String(child.index).padStart(6, '0')}`;
    const location = random.pick(locations);
    data.children.push({ kindId, bsn: child.bsn, locationId: location.id, firstName: child.givenName, lastName: child.familyName, dateOfBirth: child.birthDate });
    // A 4-year-old has moved on to primary school: the placement ended and the handover form is drawn up.
    const leftForSchool = age === 4;
    const vve = age >= 2 && random.chance(0.05 + child.risk * 0.35);
    data.placements.set(kindId, {
      kindId,
      locationId: location.id,
      groupName: age < 2 ? random.pick(['Babygroep Vlinder', 'Dreumesgroep Egel']) : random.pick(['Peutergroep Rups', 'Peutergroep Uil']),
      careType: age >= 2 && random.chance(0.4) ? 'PEUTEROPVANG' : 'DAGOPVANG',
      daysPerWeek: random.int(1, 4),
      startDate: daysBeforeReference(random.int(30, Math.max(31, age * 365))),
      endDate: leftForSchool ? daysBeforeReference(random.int(1, 180)) : null,
    });
    if (vve) data.vveIndications.set(kindId, vveIndication(kindId, random));
    const observations = observe(kindId, child, random);
    if (observations.length > 0) data.observations.set(kindId, observations);
    if (leftForSchool) data.handovers.set(kindId, handover(kindId, random, vve, primarySchools.length > 0 ? random.pick(primarySchools).id : null));
    // Care signals gather among the few with a high need for care, as at the other partners.
    if (random.chance(child.risk > 0.8 ? 0.6 : 0.01)) data.careSignals.set(kindId, [careSignal(kindId, random)]);
  }
  return data;
}

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
