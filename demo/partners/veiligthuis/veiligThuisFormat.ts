/**
 * The records of the demo Veilig Thuis case registration system (registratiesysteem), in its own
 * Dutch format: a `dossiernummer` per child, labels as the registration screens show them.
 */
export interface VtDossier {
  dossiernummer: string;
  bsnKind: string;
  /** The Veilig Thuis region holding the dossier (here the covenant's organisation id). */
  regio: string;
  geopend: string;
}

export type VtVermoeden =
  | 'lichamelijke mishandeling'
  | 'psychische mishandeling'
  | 'verwaarlozing'
  | 'seksueel misbruik'
  | 'getuige huiselijk geweld';

export interface VtMelder {
  soort: 'professional' | 'particulier' | 'anoniem';
  /** The reporting professional's organisation (covenant id), when it is a covenant member. */
  organisatieCode: string | null;
  organisatieNaam: string | null;
  /** Afgeschermde identiteit: known to Veilig Thuis only; null for an anonymous report. */
  afgeschermd: { naam: string; functie: string } | null;
}

export interface VtMelding {
  dossiernummer: string;
  meldingsnummer: string;
  datum: string;
  vermoeden: VtVermoeden;
  melder: VtMelder;
  status: 'ontvangen' | 'in onderzoek' | 'afgesloten';
}

export interface VtAdvies {
  dossiernummer: string;
  adviesnummer: string;
  datum: string;
  vermoeden: VtVermoeden;
  vrager: 'professional' | 'particulier';
  /** Het gegeven advies, in the worker's words. */
  advies: string;
}

export interface VtVeiligheidsbeoordeling {
  dossiernummer: string;
  datum: string;
  oordeel: 'veilig' | 'onveilig' | 'acuut onveilig';
}

export interface VtVervolg {
  dossiernummer: string;
  spoor: 'overdracht aan lokaal team' | 'onderzoek' | 'voorwaarden en vervolg' | 'geen vervolg';
  startdatum: string;
  /** The organisation the dossier was handed over to (covenant id), for `overdracht`. */
  overgedragenAan: string | null;
}

/** Terugkoppeling: the status Veilig Thuis may give back to a reporter (Wmo 2015 art. 4.1.1 lid 3). */
export interface VtTerugkoppeling {
  dossiernummer: string;
  fase: 'advies gegeven' | 'melding ontvangen' | 'in behandeling' | 'overgedragen' | 'afgesloten';
  sinds: string;
}
