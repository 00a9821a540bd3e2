import { covenantOrganisations, organisationsOfType, type CovenantOrganisation } from '../../../schema/covenant.ts';
import { daysBeforeReference, syntheticChild, type PopulationOptions } from '../../synthetic/population.ts';
import { randomFor, type Random } from '../../synthetic/random.ts';
import { ChildRecordStore, type ChildSource } from '../childRecordStore.ts';
import type { VtAdvies, VtDossier, VtMelder, VtMelding, VtTerugkoppeling, VtVeiligheidsbeoordeling, VtVermoeden, VtVervolg } from './veiligThuisFormat.ts';

/** Everything Veilig Thuis holds of one child: a dossier with at least one advice or report. */
export interface VeiligThuisChildRecords {
  dossier: VtDossier;
  /** Newest first. */
  meldingen: VtMelding[];
  adviezen: VtAdvies[];
  /** Only after a report. */
  beoordeling: VtVeiligheidsbeoordeling | null;
  /** Only once a report is being dealt with. */
  vervolg: VtVervolg | null;
  terugkoppeling: VtTerugkoppeling;
}

const VERMOEDENS: readonly VtVermoeden[] = ['lichamelijke mishandeling', 'psychische mishandeling', 'verwaarlozing', 'seksueel misbruik', 'getuige huiselijk geweld'];
const FUNCTIES = ['intern begeleider', 'pedagogisch medewerker', 'jeugdverpleegkundige', 'jeugdarts', 'wijkagent'];
const ADVIEZEN = ['Gesprek met ouders voeren volgens de meldcode', 'Zorgen bespreken met de jeugdarts', 'Opnieuw contact opnemen bij nieuwe signalen'];

/** A professional reporter from an organisation that sees children of this age; names are invented. */
function melder(random: Random, seed: string, age: number, organisations: readonly CovenantOrganisation[]): VtMelder {
  const draw = random.next();
  if (draw < 0.1) return { soort: 'anoniem', organisatieCode: null, organisatieNaam: null, afgeschermd: null };
  // An adult reporter borrows an invented name from the far end of the synthetic index range: a pure
  // function of that index, so the name is the same whichever child is made first.
  const person = syntheticChild(seed, 9_000_000 - 1 - random.int(0, 999_999));
  const naam = `${person.givenName} ${person.familyName}`;
  if (draw < 0.35) return { soort: 'particulier', organisatieCode: null, organisatieNaam: null, afgeschermd: { naam, functie: 'buurtbewoner' } };
  const types = age < 4 ? (['CHILDCARE', 'GGD'] as const) : age < 18 ? (['SCHOOL', 'SCHOOL', 'GGD', 'POLICE'] as const) : (['POLICE', 'GGD'] as const);
  const organisation = random.pick(organisationsOfType(random.pick(types), organisations));
  return { soort: 'professional', organisatieCode: organisation.id, organisatieNaam: organisation.name, afgeschermd: { naam, functie: random.pick(FUNCTIES) } };
}

/**
 * The region's dossiers, made one child at a time from the shared population. About 3% of
 * children have a dossier, strongly weighted by `child.risk`, so they are the same few children
 * that show up at school, JGZ and police.
 */
export function veiligThuisChildren(options: PopulationOptions): ChildSource<VtDossier, VeiligThuisChildRecords> {
  // Read once: the covenant may come from a file, and this runs a million times.
  const organisations = covenantOrganisations();
  const regio = organisationsOfType('VEILIG_THUIS', organisations)[0]?.id ?? 'veilig-thuis-regio';
  const lokaalTeam = organisationsOfType('MUNICIPALITY', organisations)[0]?.id ?? null;

  // The draws up to the dossier; `records` goes on with the same stream.
  const open = (index: number) => {
    const child = syntheticChild(options.seed, index);
    const random = randomFor(options.seed, 'veiligthuis', index);
    if (!random.chance(0.002 + 0.25 * child.risk ** 3)) return null;
    const opened = random.int(30, 700);
    const dossiernummer = `VT-${2026 - Math.floor(opened / 365)}-${String(10000 + index).padStart(6, '0')}`;
    return { child, random, opened, dossier: { dossiernummer, bsnKind: child.bsn, regio, geopend: daysBeforeReference(opened) } };
  };

  const records = (index: number): VeiligThuisChildRecords | null => {
    const opening = open(index);
    if (!opening) return null;
    const { child, random, opened, dossier } = opening;
    const { dossiernummer } = dossier;
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
        melder: melder(random, options.seed, child.ageAtReference, organisations),
        status: random.pick(['ontvangen', 'in onderzoek', 'afgesloten'] as const),
      });
    }
    meldingen.sort((a, b) => b.datum.localeCompare(a.datum));
    const base = { dossier, meldingen, adviezen, beoordeling: null, vervolg: null };

    const laatste = meldingen[0];
    if (!laatste) return { ...base, terugkoppeling: { dossiernummer, fase: 'advies gegeven', sinds: daysBeforeReference(opened) } };
    const oordeel = child.risk > 0.9 && random.chance(0.3) ? 'acuut onveilig' : random.chance(0.5) ? 'onveilig' : 'veilig';
    const beoordeling: VtVeiligheidsbeoordeling = { dossiernummer, datum: laatste.datum, oordeel };
    if (laatste.status === 'ontvangen') return { ...base, beoordeling, terugkoppeling: { dossiernummer, fase: 'melding ontvangen', sinds: laatste.datum } };
    const spoor = oordeel === 'veilig' ? random.pick(['geen vervolg', 'overdracht aan lokaal team'] as const) : random.pick(['overdracht aan lokaal team', 'onderzoek', 'voorwaarden en vervolg'] as const);
    const vervolg: VtVervolg = { dossiernummer, spoor, startdatum: laatste.datum, overgedragenAan: spoor === 'overdracht aan lokaal team' ? lokaalTeam : null };
    const fase = spoor === 'overdracht aan lokaal team' ? 'overgedragen' : spoor === 'geen vervolg' || laatste.status === 'afgesloten' ? 'afgesloten' : 'in behandeling';
    return { ...base, beoordeling, vervolg, terugkoppeling: { dossiernummer, fase, sinds: laatste.datum } };
  };

  return { identity: (index) => open(index)?.dossier ?? null, records };
}

/** The Veilig Thuis system's data for the whole population, made per dossier when asked for. */
export const veiligThuisRecordStore = (options: PopulationOptions) =>
  new ChildRecordStore({
    count: options.count,
    source: veiligThuisChildren(options),
    // The year in the number is the year the dossier was opened: checked against the records.
    indexOf: (nummer) => {
      const match = /^VT-\d{4}-(\d+)$/.exec(nummer);
      return match ? Number(match[1]) - 10000 : null;
    },
    localIdOf: (records) => records.dossier.dossiernummer,
  });
