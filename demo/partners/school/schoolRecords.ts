import { organisationsOfType } from '../../../schema/covenant.ts';
import { daysBeforeReference, syntheticChild, type PopulationOptions } from '../../synthetic/population.ts';
import { randomFor } from '../../synthetic/random.ts';
import { ChildRecordStore, indexFromNumber, type ChildSource } from '../childRecordStore.ts';
import type { SisIncident, SisLeerling, SisOndersteuning, SisToets, SisVerzuim } from './schoolFormat.ts';

/** Everything the student information system holds of one pupil. */
export interface SchoolChildRecords {
  leerling: SisLeerling;
  /** Newest first; empty for most pupils. */
  verzuim: SisVerzuim[];
  ondersteuning: SisOndersteuning | null;
  /** Pupils of groep 3 to 8 only; empty otherwise. */
  toetsen: SisToets[];
  incidenten: SisIncident[];
}

const SECONDARY_LEVELS = ['vmbo-b', 'vmbo-k', 'vmbo-t', 'havo', 'vwo'];
const GOALS = ['Rekenen op eigen niveau', 'Werkhouding en planning', 'Sociale vaardigheden', 'Technisch lezen'];

const leerlingnummerOf = (index: number) => `LL${String(100000 + index * 7).padStart(8, '0')}`;

/** The school's records of each child, made one child at a time from the shared population. */
export function schoolChildren(options: PopulationOptions): ChildSource<SisLeerling, SchoolChildRecords> {
  // Read once: the covenant may come from a file, and this runs a million times.
  const schools = organisationsOfType('SCHOOL');
  const primary = schools.slice(0, -1);
  const secondary = schools.at(-1);

  // The draws up to enrolment; `records` goes on with the same stream.
  const enrol = (index: number) => {
    if (!secondary) return null;
    const child = syntheticChild(options.seed, index);
    const age = child.ageAtReference;
    const random = randomFor(options.seed, 'school', index);
    const isPrimary = age >= 4 && age <= 11;
    if (!isPrimary && !(age >= 12 && age <= 17 && random.chance(0.92))) return null;
    const school = isPrimary ? random.pick(primary) : secondary;
    const groep = isPrimary ? String(Math.min(8, Math.max(1, age - 3))) : `${Math.min(6, age - 11)} ${random.pick(SECONDARY_LEVELS)}`;
    const leerling: SisLeerling = {
      leerlingnummer: leerlingnummerOf(index),
      bsn: child.bsn,
      brin: school.id,
      roepnaam: child.givenName,
      achternaam: child.familyName,
      geboortedatum: child.birthDate,
      groep,
      inschrijfdatum: daysBeforeReference(random.int(0, 365 * Math.max(1, age - 4))),
    };
    return { child, random, isPrimary, leerling };
  };

  const records = (index: number): SchoolChildRecords | null => {
    const enrolled = enrol(index);
    if (!enrolled) return null;
    const { child, random, isPrimary, leerling } = enrolled;
    const { leerlingnummer } = leerling;
    const age = child.ageAtReference;

    // Most pupils have a few days off sick; truancy gathers among the few with a high need for care.
    const verzuim: SisVerzuim[] = [];
    const count = random.int(0, 3) + (child.risk > 0.8 ? random.int(2, 8) : 0);
    for (let i = 0; i < count; i++) {
      const soort = child.risk > 0.8 && random.chance(0.5) ? 'ONGEOORLOOFD' : random.pick(['ZIEK', 'ZIEK', 'GEOORLOOFD', 'TE_LAAT'] as const);
      verzuim.push({
        leerlingnummer,
        datum: daysBeforeReference(random.int(1, 300)),
        uren: soort === 'TE_LAAT' ? 1 : random.int(2, 6),
        soort,
        gemeldBijLeerplicht: soort === 'ONGEOORLOOFD' && random.chance(0.6),
      });
    }
    verzuim.sort((a, b) => b.datum.localeCompare(a.datum));

    let ondersteuning: SisOndersteuning | null = null;
    if (child.risk > 0.6 || random.chance(0.1)) {
      const niveau = child.risk > 0.85 ? 'OPP' : 'EXTRA';
      ondersteuning = {
        leerlingnummer,
        niveau,
        opp:
          niveau === 'OPP'
            ? { vastgesteld: daysBeforeReference(random.int(30, 400)), uitstroomprofiel: isPrimary ? 'vmbo-k' : 'praktijkonderwijs', doelen: [random.pick(GOALS), random.pick(GOALS)] }
            : null,
        toelichting: niveau === 'OPP' ? 'Ontwikkelingsperspectief vastgesteld met ouders' : 'Extra ondersteuning in de klas',
      };
    }

    const toetsen: SisToets[] = [];
    if (isPrimary && age >= 6) {
      toetsen.push({ leerlingnummer, toets: 'LVS Rekenen', datum: daysBeforeReference(random.int(20, 200)), score: random.int(20, 100), niveau: random.pick(['I', 'II', 'III', 'IV', 'V']) });
      if (age === 11) {
        toetsen.push({ leerlingnummer, toets: 'Doorstroomtoets', datum: daysBeforeReference(random.int(100, 160)), score: random.int(1, 100), niveau: random.pick(SECONDARY_LEVELS) });
      }
    }

    const incidenten: SisIncident[] = [];
    if (random.chance(0.02 + child.risk * 0.1)) {
      incidenten.push({
        leerlingnummer,
        datum: daysBeforeReference(random.int(1, 300)),
        categorie: random.pick(['PESTEN', 'PESTEN', 'GEWELD', 'DIEFSTAL', 'VERNIELING', 'MIDDELEN', 'OVERIG'] as const),
        ernst: random.pick(['LAAG', 'LAAG', 'MIDDEL', 'HOOG'] as const),
        politieIngeschakeld: random.chance(0.15),
      });
    }
    return { leerling, verzuim, ondersteuning, toetsen, incidenten };
  };

  return { identity: (index) => enrol(index)?.leerling ?? null, records };
}

/** The school system's data for the whole population, made per pupil when asked for. */
export const schoolRecordStore = (options: PopulationOptions) =>
  new ChildRecordStore({
    count: options.count,
    source: schoolChildren(options),
    indexOf: (nummer) => indexFromNumber(nummer, 'LL', 100000, 7),
    localIdOf: (records) => records.leerling.leerlingnummer,
  });
