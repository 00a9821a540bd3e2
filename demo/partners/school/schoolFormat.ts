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
