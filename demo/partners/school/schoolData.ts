import { organisationsOfType } from '../../../schema/covenant.ts';
import { population, daysBeforeReference, type PopulationOptions } from '../../synthetic/population.ts';
import { randomFor } from '../../synthetic/random.ts';

/**
 * The records of the demo student information system (leerlingadministratie), in its own Dutch
 * format: `leerlingnummer` as local id, `brin` as the school code (here the covenant's org id).
 */
export interface SisLeerling {
  leerlingnummer: string;
  bsn: string;
  brin: string;
  roepnaam: string;
  achternaam: string;
  geboortedatum: string;
  /** Primary: "1".."8"; secondary: "1 havo", "3 vmbo-t", ... */
  groep: string;
  inschrijfdatum: string;
}

export interface SisVerzuim {
  leerlingnummer: string;
  datum: string;
  uren: number;
  soort: 'ZIEK' | 'GEOORLOOFD' | 'ONGEOORLOOFD' | 'TE_LAAT';
  gemeldBijLeerplicht: boolean;
}

export interface SisOndersteuning {
  leerlingnummer: string;
  niveau: 'BASIS' | 'EXTRA' | 'OPP';
  /** Only with an ontwikkelingsperspectiefplan. */
  opp: { vastgesteld: string; uitstroomprofiel: string; doelen: string[] } | null;
  toelichting: string;
}

export interface SisToets {
  leerlingnummer: string;
  toets: string;
  datum: string;
  score: number;
  niveau: string;
}

export interface SisIncident {
  leerlingnummer: string;
  datum: string;
  categorie: 'PESTEN' | 'GEWELD' | 'DIEFSTAL' | 'VERNIELING' | 'MIDDELEN' | 'OVERIG';
  ernst: 'LAAG' | 'MIDDEL' | 'HOOG';
  politieIngeschakeld: boolean;
}

export interface SchoolSystemData {
  leerlingen: SisLeerling[];
  verzuim: Map<string, SisVerzuim[]>;
  ondersteuning: Map<string, SisOndersteuning>;
  toetsen: Map<string, SisToets[]>;
  incidenten: Map<string, SisIncident[]>;
}

const SECONDARY_LEVELS = ['vmbo-b', 'vmbo-k', 'vmbo-t', 'havo', 'vwo'];
const GOALS = ['Rekenen op eigen niveau', 'Werkhouding en planning', 'Sociale vaardigheden', 'Technisch lezen'];

/** Generates every school's records from the shared population, deterministically. */
export function generateSchoolData(options: PopulationOptions): SchoolSystemData {
  const schools = organisationsOfType('SCHOOL');
  const primary = schools.slice(0, -1);
  const secondary = schools.at(-1);
  const data: SchoolSystemData = { leerlingen: [], verzuim: new Map(), ondersteuning: new Map(), toetsen: new Map(), incidenten: new Map() };
  if (!secondary) return data;
  for (const child of population(options)) {
    const age = child.ageAtReference;
    const random = randomFor(options.seed, 'school', child.index);
    const isPrimary = age >= 4 && age <= 11;
    if (!isPrimary && !(age >= 12 && age <= 17 && random.chance(0.92))) continue;
    const school = isPrimary ? random.pick(primary) : secondary;
    const leerlingnummer = `LL${String(100000 + child.index * 7).padStart(8, '0')}`;
    const groep = isPrimary ? String(Math.min(8, Math.max(1, age - 3))) : `${Math.min(6, age - 11)} ${random.pick(SECONDARY_LEVELS)}`;
    data.leerlingen.push({
      leerlingnummer,
      bsn: child.bsn,
      brin: school.id,
      roepnaam: child.givenName,
      achternaam: child.familyName,
      geboortedatum: child.birthDate,
      groep,
      inschrijfdatum: daysBeforeReference(random.int(0, 365 * Math.max(1, age - 4))),
    });

    // Most pupils have a few days off sick; truancy gathers among the few with a high need for care.
    const absences: SisVerzuim[] = [];
    const count = random.int(0, 3) + (child.risk > 0.8 ? random.int(2, 8) : 0);
    for (let i = 0; i < count; i++) {
      const soort = child.risk > 0.8 && random.chance(0.5) ? 'ONGEOORLOOFD' : random.pick(['ZIEK', 'ZIEK', 'GEOORLOOFD', 'TE_LAAT'] as const);
      absences.push({
        leerlingnummer,
        datum: daysBeforeReference(random.int(1, 300)),
        uren: soort === 'TE_LAAT' ? 1 : random.int(2, 6),
        soort,
        gemeldBijLeerplicht: soort === 'ONGEOORLOOFD' && random.chance(0.6),
      });
    }
    absences.sort((a, b) => b.datum.localeCompare(a.datum));
    if (absences.length > 0) data.verzuim.set(leerlingnummer, absences);

    if (child.risk > 0.6 || random.chance(0.1)) {
      const niveau = child.risk > 0.85 ? 'OPP' : 'EXTRA';
      data.ondersteuning.set(leerlingnummer, {
        leerlingnummer,
        niveau,
        opp:
          niveau === 'OPP'
            ? { vastgesteld: daysBeforeReference(random.int(30, 400)), uitstroomprofiel: isPrimary ? 'vmbo-k' : 'praktijkonderwijs', doelen: [random.pick(GOALS), random.pick(GOALS)] }
            : null,
        toelichting: niveau === 'OPP' ? 'Ontwikkelingsperspectief vastgesteld met ouders' : 'Extra ondersteuning in de klas',
      });
    }

    if (isPrimary && age >= 6) {
      data.toetsen.set(leerlingnummer, [
        { leerlingnummer, toets: 'LVS Rekenen', datum: daysBeforeReference(random.int(20, 200)), score: random.int(20, 100), niveau: random.pick(['I', 'II', 'III', 'IV', 'V']) },
        ...(age === 11
          ? [{ leerlingnummer, toets: 'Doorstroomtoets', datum: daysBeforeReference(random.int(100, 160)), score: random.int(1, 100), niveau: random.pick(SECONDARY_LEVELS) }]
          : []),
      ]);
    }

    if (random.chance(0.02 + child.risk * 0.1)) {
      data.incidenten.set(leerlingnummer, [
        {
          leerlingnummer,
          datum: daysBeforeReference(random.int(1, 300)),
          categorie: random.pick(['PESTEN', 'PESTEN', 'GEWELD', 'DIEFSTAL', 'VERNIELING', 'MIDDELEN', 'OVERIG'] as const),
          ernst: random.pick(['LAAG', 'LAAG', 'MIDDEL', 'HOOG'] as const),
          politieIngeschakeld: random.chance(0.15),
        },
      ]);
    }
  }
  return data;
}
