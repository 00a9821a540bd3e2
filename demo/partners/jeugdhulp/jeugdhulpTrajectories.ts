import { daysBeforeReference } from '../../synthetic/population.ts';
import type { Random } from '../../synthetic/random.ts';
import type { IjwHeader, IjwProduct, Jw301Toewijzing, Jw305StartZorg, Jw307StopZorg } from './jeugdhulpFormat.ts';

/** One allocated product with its start and, once care ended, its stop: the messages it left. */
export interface Trajectory {
  jw301: Jw301Toewijzing;
  jw305: Jw305StartZorg;
  jw307: Jw307StopZorg | null;
}

/** iJw productcategorieën a provider in the demo delivers, weighted as they occur (ambulant most). */
const CATEGORIES = ['45', '45', '45', '45', '41', '44', '43', '46', '50'] as const;
const CODES: Record<(typeof CATEGORIES)[number], string> = { '41': '41A03', '43': '43A12', '44': '44A05', '45': '45A53', '46': '46001', '50': '50X01' };
/** Invented, clearly synthetic treatment notes: what the adapter must never put on the graph. */
const NOTES = ['Behandeling gedragsproblematiek, traumagerichte therapie', 'Ouder-kindbehandeling na uithuisplaatsing', 'Diagnostiek en behandeling angstklachten'];
const GEMEENTE = '0999';
const AGB = '98000001';

const header = (code: IjwHeader['BerichtCode'], id: string, day: string, fromMunicipality: boolean): IjwHeader => ({
  BerichtCode: code,
  BerichtVersie: 3,
  BerichtSubversie: 2,
  Afzender: fromMunicipality ? GEMEENTE : AGB,
  Ontvanger: fromMunicipality ? AGB : GEMEENTE,
  BerichtIdentificatie: { Identificatie: id, Dagtekening: day },
});

const later = (day: string, days: number) => new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The messages of one trajectory of a client: allocated `daysAgo` before the reference date,
 * started within a month, stopped when `ended`. Deterministic in `random`.
 */
export function trajectory(random: Random, clientnummer: string, sequence: number, daysAgo: number, ended: boolean): Trajectory {
  const categorie = random.pick(CATEGORIES);
  const product: IjwProduct = { Categorie: categorie, Code: CODES[categorie] };
  const toewijzing = `TW${clientnummer.slice(2)}-${sequence}`;
  const from = daysBeforeReference(daysAgo);
  const until = random.chance(0.7) ? later(from, 365) : null;
  const begin = later(from, random.int(0, 30));
  const jw301: Jw301Toewijzing = {
    Header: header(414, `${toewijzing}-301`, from, true),
    Clientnummer: clientnummer,
    ToegewezenProduct: {
      ToewijzingNummer: toewijzing,
      Product: product,
      ToewijzingIngangsdatum: from,
      ToewijzingEinddatum: until,
      Omvang: { Volume: random.int(1, 8), Eenheid: '04', Frequentie: '2' },
      Commentaar: random.pick(NOTES),
    },
  };
  const jw305: Jw305StartZorg = {
    Header: header(416, `${toewijzing}-305`, begin, false),
    Clientnummer: clientnummer,
    StartProduct: { ToewijzingNummer: toewijzing, Product: product, ToewijzingIngangsdatum: from, Begindatum: begin },
  };
  const end = later(begin, random.int(60, 200));
  const jw307: Jw307StopZorg | null = ended
    ? {
        Header: header(418, `${toewijzing}-307`, end, false),
        Clientnummer: clientnummer,
        StopProduct: { ToewijzingNummer: toewijzing, Product: product, ToewijzingIngangsdatum: from, Begindatum: begin, RedenBeeindiging: random.pick(['02', '03', '17']), Einddatum: end },
      }
    : null;
  return { jw301, jw305, jw307 };
}
