import { organisationsOfType } from '../../../schema/covenant.ts';
import { daysBeforeReference, population, type PopulationOptions, type SyntheticChild } from '../../synthetic/population.ts';
import { randomFor, type Random } from '../../synthetic/random.ts';
import type { BvhHalt, BvhHgSignalering, BvhIncidentsoort, BvhPersoon, BvhProKid, BvhRegistratie, BvhRol, BvhZorgmelding, HaltFeit, ProKidKleur } from './policeFormat.ts';

export interface PoliceSystemData {
  personen: BvhPersoon[];
  registraties: Map<string, BvhRegistratie[]>;
  hgSignalering: Map<string, BvhHgSignalering>;
  prokid: Map<string, BvhProKid>;
  halt: Map<string, BvhHalt[]>;
  zorgmeldingen: Map<string, BvhZorgmelding[]>;
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
 * Generates the police unit's records from the shared population, deterministically. About 4% of
 * children are known, gathered among those with a high need for care (child.risk).
 */
export function generatePoliceData(options: PopulationOptions): PoliceSystemData {
  const data: PoliceSystemData = { personen: [], registraties: new Map(), hgSignalering: new Map(), prokid: new Map(), halt: new Map(), zorgmeldingen: new Map() };
  const unit = organisationsOfType('POLICE')[0];
  if (!unit) return data;
  for (const child of population(options)) {
    const random = randomFor(options.seed, 'police', child.index);
    if (!random.chance(0.01 + 0.06 * child.risk + (child.risk > 0.8 ? 0.2 : 0))) continue;
    const persoonsnummer = `PN${String(400000 + child.index * 13).padStart(9, '0')}`;
    data.personen.push({ persoonsnummer, bsn: child.bsn, eenheid: unit.id });
    const age = child.ageAtReference;

    const registraties = Array.from({ length: random.int(1, child.risk > 0.8 ? 4 : 2) }, (_, i) => incident(child, random, persoonsnummer, i));
    registraties.sort((a, b) => b.pleegdatum.localeCompare(a.pleegdatum));
    data.registraties.set(persoonsnummer, registraties);

    const hg = registraties.filter((r) => r.incidentsoort === 'HUISELIJK_GEWELD');
    if (hg.length > 0) {
      data.hgSignalering.set(persoonsnummer, {
        persoonsnummer,
        sinds: hg.at(-1)?.pleegdatum ?? '',
        laatsteIncident: hg[0]?.pleegdatum ?? '',
        aantalIncidenten: hg.length,
      });
    }

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
    if (zorgmeldingen.length > 0) data.zorgmeldingen.set(persoonsnummer, zorgmeldingen);

    if (age < 12) {
      data.prokid.set(persoonsnummer, {
        persoonsnummer,
        kleurcode: proKidColour(registraties),
        vastgesteld: registraties[0]?.pleegdatum ?? daysBeforeReference(1),
        adressignalen: Array.from({ length: random.int(0, 2) }, () => ({
          datum: daysBeforeReference(random.int(1, 700)),
          soort: random.pick(['HUISELIJK_GEWELD', 'OVERLAST', 'DRUGS', 'ZORGMELDING_HUISGENOOT'] as const),
        })),
      });
    }

    // Halt: young people of 12 to 17, for a light offence or, referred by leerplicht, for truancy.
    if (age >= 12 && age <= 17) {
      const halt: BvhHalt[] = registraties.flatMap((r) => {
        const feit = HALT_FEIT[r.incidentsoort];
        if (r.rol !== 'verdachte' || !feit || !random.chance(0.6)) return [];
        return [{ persoonsnummer, verwijsdatum: r.pleegdatum, feit, verwijzer: random.pick(['POLITIE', 'POLITIE', 'BOA'] as const), uitkomst: random.pick(['LOPEND', 'POSITIEF_AFGEROND', 'POSITIEF_AFGEROND', 'NEGATIEF_AFGEROND'] as const) }];
      });
      if (child.risk > 0.7 && random.chance(0.6)) {
        halt.push({ persoonsnummer, verwijsdatum: daysBeforeReference(random.int(10, 300)), feit: 'SCHOOLVERZUIM', verwijzer: 'LEERPLICHT', uitkomst: random.pick(['LOPEND', 'POSITIEF_AFGEROND'] as const) });
      }
      if (random.chance(0.15)) {
        halt.push({ persoonsnummer, verwijsdatum: daysBeforeReference(random.int(300, 400)), feit: 'VUURWERK', verwijzer: 'POLITIE', uitkomst: 'POSITIEF_AFGEROND' });
      }
      halt.sort((a, b) => b.verwijsdatum.localeCompare(a.verwijsdatum));
      if (halt.length > 0) data.halt.set(persoonsnummer, halt);
    }
  }
  return data;
}
