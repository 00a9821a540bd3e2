import { organisationsOfType } from '../../../schema/covenant.ts';
import { daysBeforeReference, population, syntheticChild, type PopulationOptions } from '../../synthetic/population.ts';
import { randomFor, type Random } from '../../synthetic/random.ts';
import type { VtAdvies, VtDossier, VtMelder, VtMelding, VtTerugkoppeling, VtVeiligheidsbeoordeling, VtVermoeden, VtVervolg } from './veiligThuisFormat.ts';

export * from './veiligThuisFormat.ts';

export interface VeiligThuisSystemData {
  dossiers: VtDossier[];
  meldingen: Map<string, VtMelding[]>;
  adviezen: Map<string, VtAdvies[]>;
  beoordelingen: Map<string, VtVeiligheidsbeoordeling>;
  vervolg: Map<string, VtVervolg>;
  terugkoppeling: Map<string, VtTerugkoppeling>;
}

const VERMOEDENS: readonly VtVermoeden[] = ['lichamelijke mishandeling', 'psychische mishandeling', 'verwaarlozing', 'seksueel misbruik', 'getuige huiselijk geweld'];
const FUNCTIES = ['intern begeleider', 'pedagogisch medewerker', 'jeugdverpleegkundige', 'jeugdarts', 'wijkagent'];
const ADVIEZEN = ['Gesprek met ouders voeren volgens de meldcode', 'Zorgen bespreken met de jeugdarts', 'Opnieuw contact opnemen bij nieuwe signalen'];

/** A professional reporter from an organisation that sees children of this age; names are invented. */
function melder(random: Random, seed: string, age: number): VtMelder {
  const draw = random.next();
  if (draw < 0.1) return { soort: 'anoniem', organisatieCode: null, organisatieNaam: null, afgeschermd: null };
  // An adult reporter borrows an invented name from the far end of the synthetic index range.
  const person = syntheticChild(seed, 9_000_000 - 1 - random.int(0, 999_999));
  const naam = `${person.givenName} ${person.familyName}`;
  if (draw < 0.35) return { soort: 'particulier', organisatieCode: null, organisatieNaam: null, afgeschermd: { naam, functie: 'buurtbewoner' } };
  const types = age < 4 ? (['CHILDCARE', 'GGD'] as const) : age < 18 ? (['SCHOOL', 'SCHOOL', 'GGD', 'POLICE'] as const) : (['POLICE', 'GGD'] as const);
  const organisation = random.pick(organisationsOfType(random.pick(types)));
  return { soort: 'professional', organisatieCode: organisation.id, organisatieNaam: organisation.name, afgeschermd: { naam, functie: random.pick(FUNCTIES) } };
}

/**
 * Generates the region's dossiers from the shared population, deterministically. About 3% of
 * children have a dossier, strongly weighted by `child.risk`, so they are the same few children
 * that show up at school, JGZ and police.
 */
export function generateVeiligThuisData(options: PopulationOptions): VeiligThuisSystemData {
  const regio = organisationsOfType('VEILIG_THUIS')[0]?.id ?? 'veilig-thuis-regio';
  const lokaalTeam = organisationsOfType('MUNICIPALITY')[0]?.id ?? null;
  const data: VeiligThuisSystemData = { dossiers: [], meldingen: new Map(), adviezen: new Map(), beoordelingen: new Map(), vervolg: new Map(), terugkoppeling: new Map() };
  for (const child of population(options)) {
    const random = randomFor(options.seed, 'veiligthuis', child.index);
    if (!random.chance(0.002 + 0.25 * child.risk ** 3)) continue;
    const opened = random.int(30, 700);
    const dossiernummer = `VT-${2026 - Math.floor(opened / 365)}-${String(10000 + child.index).padStart(6, '0')}`;
    data.dossiers.push({ dossiernummer, bsnKind: child.bsn, regio, geopend: daysBeforeReference(opened) });

    // Advice first (a professional asks), then reports; a dossier holds at least one of them.
    const adviezen: VtAdvies[] = [];
    const meldingen: VtMelding[] = [];
    const metMelding = random.chance(0.75);
    if (!metMelding || random.chance(0.4)) {
      adviezen.push({
        dossiernummer,
        adviesnummer: `${dossiernummer}-A1`,
        datum: daysBeforeReference(opened),
        vermoeden: random.pick(VERMOEDENS),
        vrager: random.chance(0.8) ? 'professional' : 'particulier',
        advies: random.pick(ADVIEZEN),
      });
    }
    const aantal = metMelding ? 1 + (random.chance(0.3) ? 1 : 0) : 0;
    for (let i = 0; i < aantal; i++) {
      meldingen.push({
        dossiernummer,
        meldingsnummer: `${dossiernummer}-M${i + 1}`,
        datum: daysBeforeReference(random.int(1, opened)),
        vermoeden: random.pick(VERMOEDENS),
        melder: melder(random, options.seed, child.ageAtReference),
        status: random.pick(['ontvangen', 'in onderzoek', 'afgesloten'] as const),
      });
    }
    meldingen.sort((a, b) => b.datum.localeCompare(a.datum));
    if (adviezen.length > 0) data.adviezen.set(dossiernummer, adviezen);
    if (meldingen.length > 0) data.meldingen.set(dossiernummer, meldingen);

    const laatste = meldingen[0];
    if (!laatste) {
      data.terugkoppeling.set(dossiernummer, { dossiernummer, fase: 'advies gegeven', sinds: daysBeforeReference(opened) });
      continue;
    }
    const oordeel = child.risk > 0.9 && random.chance(0.3) ? 'acuut onveilig' : random.chance(0.5) ? 'onveilig' : 'veilig';
    data.beoordelingen.set(dossiernummer, { dossiernummer, datum: laatste.datum, oordeel });
    if (laatste.status === 'ontvangen') {
      data.terugkoppeling.set(dossiernummer, { dossiernummer, fase: 'melding ontvangen', sinds: laatste.datum });
      continue;
    }
    const spoor = oordeel === 'veilig' ? random.pick(['geen vervolg', 'overdracht aan lokaal team'] as const) : random.pick(['overdracht aan lokaal team', 'onderzoek', 'voorwaarden en vervolg'] as const);
    data.vervolg.set(dossiernummer, { dossiernummer, spoor, startdatum: laatste.datum, overgedragenAan: spoor === 'overdracht aan lokaal team' ? lokaalTeam : null });
    const fase = spoor === 'overdracht aan lokaal team' ? 'overgedragen' : spoor === 'geen vervolg' || laatste.status === 'afgesloten' ? 'afgesloten' : 'in behandeling';
    data.terugkoppeling.set(dossiernummer, { dossiernummer, fase, sinds: laatste.datum });
  }
  return data;
}
