import { organisationsOfType } from '../../../schema/covenant.ts';
import { daysBeforeReference, syntheticChild, type PopulationOptions, type SyntheticChild } from '../../synthetic/population.ts';
import { randomFor, type Random } from '../../synthetic/random.ts';
import { ChildRecordStore, indexFromNumber, type ChildSource } from '../childRecordStore.ts';
import type { BvhHalt, BvhHgSignalering, BvhIncidentsoort, BvhPersoon, BvhProKid, BvhRegistratie, BvhRol, BvhZorgmelding, HaltFeit, ProKidKleur } from './policeFormat.ts';

/** Everything the police unit holds of one child. */
export interface PoliceChildRecords {
  persoon: BvhPersoon;
  /** Newest first; at least one. */
  registraties: BvhRegistratie[];
  hgSignalering: BvhHgSignalering | null;
  /** Children under 12 only. */
  prokid: BvhProKid | null;
  /** Young people of 12 to 17 only; newest first. */
  halt: BvhHalt[];
  zorgmeldingen: BvhZorgmelding[];
}

const SUSPECT_INCIDENTS: readonly BvhIncidentsoort[] = ['MISHANDELING', 'DIEFSTAL', 'VERNIELING', 'JEUGDOVERLAST', 'BEDREIGING'];
const HALT_FEIT: Partial<Record<BvhIncidentsoort, HaltFeit>> = { DIEFSTAL: 'WINKELDIEFSTAL', VERNIELING: 'VERNIELING', JEUGDOVERLAST: 'OVERLAST' };
const TEXT: Record<BvhRol, string> = {
  verdachte: 'Betrokkene aangehouden en gehoord; ouders geïnformeerd.',
  slachtoffer: 'Aangifte opgenomen; betrokkene en ouders gesproken.',
  getuige: 'Betrokkene was aanwezig tijdens het incident; verklaring opgenomen.',
  betrokkene: 'Ter plaatse; situatie in kaart gebracht, geen strafbaar feit vastgesteld.',
};

/** One incident: children under 12 are seldom suspects; domestic violence touches every age. */
function incident(child: SyntheticChild, random: Random, persoonsnummer: string, volgnummer: number): BvhRegistratie {
  const young = child.ageAtReference < 12;
  const suspect = random.chance(young ? 0.08 : 0.55);
  const incidentsoort: BvhIncidentsoort = suspect
    ? random.pick(SUSPECT_INCIDENTS)
    : random.pick(['HUISELIJK_GEWELD', 'HUISELIJK_GEWELD', 'MISHANDELING', 'DIEFSTAL', 'BEDREIGING', 'VERMISSING'] as const);
  const rol: BvhRol = suspect ? 'verdachte' : incidentsoort === 'HUISELIJK_GEWELD' ? random.pick(['slachtoffer', 'getuige', 'betrokkene'] as const) : random.pick(['slachtoffer', 'getuige'] as const);
  return {
    registratienummer: `PL0100-2026${String(child.index * 10 + volgnummer).padStart(6, '0')}`,
    persoonsnummer,
    pleegdatum: daysBeforeReference(random.int(1, 700)),
    incidentsoort,
    rol,
    mutatietekst: TEXT[rol],
  };
}

function proKidColour(registraties: BvhRegistratie[]): ProKidKleur {
  const suspect = registraties.filter((r) => r.rol === 'verdachte').length;
  return suspect === 0 ? 'wit' : suspect === 1 ? 'geel' : suspect === 2 ? 'oranje' : 'rood';
}

/**
 * The police unit's records, made one child at a time from the shared population. About 4% of
 * children are known, gathered among those with a high need for care (child.risk).
 */
export function policeChildren(options: PopulationOptions): ChildSource<BvhPersoon, PoliceChildRecords> {
  // Read once: the covenant may come from a file, and this runs a million times.
  const unit = organisationsOfType('POLICE')[0];

  // The draws up to registering the person; `records` goes on with the same stream.
  const register = (index: number) => {
    if (!unit) return null;
    const child = syntheticChild(options.seed, index);
    const random = randomFor(options.seed, 'police', index);
    if (!random.chance(0.01 + 0.06 * child.risk + (child.risk > 0.8 ? 0.2 : 0))) return null;
    const persoon: BvhPersoon = { persoonsnummer: `PN${String(400000 + index * 13).padStart(9, '0')}`, bsn: child.bsn, eenheid: unit.id };
    return { child, random, persoon };
  };

  const records = (index: number): PoliceChildRecords | null => {
    const registered = register(index);
    if (!registered) return null;
    const { child, random, persoon } = registered;
    const { persoonsnummer } = persoon;
    const age = child.ageAtReference;

    const registraties = Array.from({ length: random.int(1, child.risk > 0.8 ? 4 : 2) }, (_, i) => incident(child, random, persoonsnummer, i));
    registraties.sort((a, b) => b.pleegdatum.localeCompare(a.pleegdatum));

    const hg = registraties.filter((r) => r.incidentsoort === 'HUISELIJK_GEWELD');
    const hgSignalering: BvhHgSignalering | null =
      hg.length > 0 ? { persoonsnummer, sinds: hg.at(-1)?.pleegdatum ?? '', laatsteIncident: hg[0]?.pleegdatum ?? '', aantalIncidenten: hg.length } : null;

    // A police officer sends a care report after domestic violence, and sometimes after other concerns.
    const zorgmeldingen: BvhZorgmelding[] = registraties
      .filter((r) => r.incidentsoort === 'HUISELIJK_GEWELD' || (child.risk > 0.8 && random.chance(0.4)))
      .map((r, i) => ({
        zorgmeldingnummer: `ZM${r.registratienummer.slice(-8)}${i}`,
        persoonsnummer,
        datum: r.pleegdatum,
        ontvanger: r.incidentsoort === 'HUISELIJK_GEWELD' ? 'VEILIG_THUIS' : 'JEUGDTEAM',
        aanleiding: r.incidentsoort === 'HUISELIJK_GEWELD' ? 'HUISELIJK_GEWELD' : r.rol === 'verdachte' ? 'JEUGDCRIMINALITEIT' : random.pick(['OPVOEDINGSPROBLEMATIEK', 'VERWAARLOZING', 'OVERIG'] as const),
        bevindingen: r.incidentsoort === 'HUISELIJK_GEWELD' ? 'Kind aanwezig bij huiselijk geweld; zorgen over veiligheid thuis.' : 'Zorgen over de thuissituatie en het toezicht op het kind.',
      }));

    const prokid: BvhProKid | null =
      age < 12
        ? {
            persoonsnummer,
            kleurcode: proKidColour(registraties),
            vastgesteld: registraties[0]?.pleegdatum ?? daysBeforeReference(1),
            adressignalen: Array.from({ length: random.int(0, 2) }, () => ({
              datum: daysBeforeReference(random.int(1, 700)),
              soort: random.pick(['HUISELIJK_GEWELD', 'OVERLAST', 'DRUGS', 'ZORGMELDING_HUISGENOOT'] as const),
            })),
          }
        : null;

    // Halt: young people of 12 to 17, for a light offence or, referred by leerplicht, for truancy.
    const halt: BvhHalt[] = [];
    if (age >= 12 && age <= 17) {
      for (const r of registraties) {
        const feit = HALT_FEIT[r.incidentsoort];
        if (r.rol !== 'verdachte' || !feit || !random.chance(0.6)) continue;
        halt.push({ persoonsnummer, verwijsdatum: r.pleegdatum, feit, verwijzer: random.pick(['POLITIE', 'POLITIE', 'BOA'] as const), uitkomst: random.pick(['LOPEND', 'POSITIEF_AFGEROND', 'POSITIEF_AFGEROND', 'NEGATIEF_AFGEROND'] as const) });
      }
      if (child.risk > 0.7 && random.chance(0.6)) {
        halt.push({ persoonsnummer, verwijsdatum: daysBeforeReference(random.int(10, 300)), feit: 'SCHOOLVERZUIM', verwijzer: 'LEERPLICHT', uitkomst: random.pick(['LOPEND', 'POSITIEF_AFGEROND'] as const) });
      }
      if (random.chance(0.15)) {
        halt.push({ persoonsnummer, verwijsdatum: daysBeforeReference(random.int(300, 400)), feit: 'VUURWERK', verwijzer: 'POLITIE', uitkomst: 'POSITIEF_AFGEROND' });
      }
      halt.sort((a, b) => b.verwijsdatum.localeCompare(a.verwijsdatum));
    }
    return { persoon, registraties, hgSignalering, prokid, halt, zorgmeldingen };
  };

  return { identity: (index) => register(index)?.persoon ?? null, records };
}

/** The police system's data for the whole population, made per person when asked for. */
export const policeRecordStore = (options: PopulationOptions) =>
  new ChildRecordStore({
    count: options.count,
    source: policeChildren(options),
    indexOf: (nummer) => indexFromNumber(nummer, 'PN', 400000, 13),
    localIdOf: (records) => records.persoon.persoonsnummer,
  });
