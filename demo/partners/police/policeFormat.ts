/**
 * The record format of the demo police registration system (an export in the style of BVH, the
 * basisvoorziening handhaving): Dutch field names, `persoonsnummer` as the police's own person id,
 * `eenheid` as the unit holding the record (here the covenant's organisation id).
 */
export interface BvhPersoon {
  persoonsnummer: string;
  bsn: string;
  eenheid: string;
}

export type BvhRol = 'verdachte' | 'slachtoffer' | 'getuige' | 'betrokkene';
export type BvhIncidentsoort = 'HUISELIJK_GEWELD' | 'MISHANDELING' | 'DIEFSTAL' | 'VERNIELING' | 'JEUGDOVERLAST' | 'BEDREIGING' | 'VERMISSING';

/** One registration (mutatie) in which the person is involved, with their role in it. */
export interface BvhRegistratie {
  registratienummer: string;
  persoonsnummer: string;
  pleegdatum: string;
  incidentsoort: BvhIncidentsoort;
  rol: BvhRol;
  /** The officer's free-text account (mutatietekst). */
  mutatietekst: string;
}

/** Huiselijk-geweldsignalering on a person. */
export interface BvhHgSignalering {
  persoonsnummer: string;
  sinds: string;
  laatsteIncident: string;
  aantalIncidenten: number;
}

export type ProKidKleur = 'wit' | 'geel' | 'oranje' | 'rood';
export type ProKidAdressoort = 'HUISELIJK_GEWELD' | 'OVERLAST' | 'DRUGS' | 'ZORGMELDING_HUISGENOOT';

/** ProKid 12- signal: only for children under 12. */
export interface BvhProKid {
  persoonsnummer: string;
  kleurcode: ProKidKleur;
  vastgesteld: string;
  /** Signals registered on the child's address, about other residents. */
  adressignalen: { datum: string; soort: ProKidAdressoort }[];
}

export type HaltFeit = 'WINKELDIEFSTAL' | 'VERNIELING' | 'VUURWERK' | 'OVERLAST' | 'SCHOOLVERZUIM';
export type HaltUitkomst = 'LOPEND' | 'POSITIEF_AFGEROND' | 'NEGATIEF_AFGEROND';

export interface BvhHalt {
  persoonsnummer: string;
  verwijsdatum: string;
  feit: HaltFeit;
  verwijzer: 'POLITIE' | 'LEERPLICHT' | 'BOA';
  uitkomst: HaltUitkomst;
}

export type ZorgmeldingAanleiding = 'HUISELIJK_GEWELD' | 'OPVOEDINGSPROBLEMATIEK' | 'JEUGDCRIMINALITEIT' | 'VERWAARLOZING' | 'OVERIG';

/** A care report (zorgmelding) the police sent to Veilig Thuis or the youth team. */
export interface BvhZorgmelding {
  zorgmeldingnummer: string;
  persoonsnummer: string;
  datum: string;
  ontvanger: 'VEILIG_THUIS' | 'JEUGDTEAM';
  aanleiding: ZorgmeldingAanleiding;
  /** The officer's observations (bevindingen). */
  bevindingen: string;
}
