/**
 * The police registration system's export format (BVH style, `/bvh/v1`), as the adapter receives
 * it. These are the codegen mappers: resolvers map these records onto the graph.
 */
import type { Scoped } from '../kit/graphRecords.ts';

export type { ChildRef, OrganisationRef, Scoped } from '../kit/graphRecords.ts';

export interface BvhPersoon {
  persoonsnummer: string;
  bsn: string;
  eenheid: string;
}

export interface BvhRegistratie {
  registratienummer: string;
  persoonsnummer: string;
  pleegdatum: string;
  incidentsoort: 'HUISELIJK_GEWELD' | 'MISHANDELING' | 'DIEFSTAL' | 'VERNIELING' | 'JEUGDOVERLAST' | 'BEDREIGING' | 'VERMISSING';
  rol: 'verdachte' | 'slachtoffer' | 'getuige' | 'betrokkene';
  mutatietekst: string;
}

export interface BvhHgSignalering {
  persoonsnummer: string;
  sinds: string;
  laatsteIncident: string;
  aantalIncidenten: number;
}

export interface BvhAdressignaal {
  datum: string;
  soort: 'HUISELIJK_GEWELD' | 'OVERLAST' | 'DRUGS' | 'ZORGMELDING_HUISGENOOT';
}

export interface BvhProKid {
  persoonsnummer: string;
  kleurcode: 'wit' | 'geel' | 'oranje' | 'rood';
  vastgesteld: string;
  adressignalen: BvhAdressignaal[];
}

export interface BvhHalt {
  persoonsnummer: string;
  verwijsdatum: string;
  feit: 'WINKELDIEFSTAL' | 'VERNIELING' | 'VUURWERK' | 'OVERLAST' | 'SCHOOLVERZUIM';
  verwijzer: 'POLITIE' | 'LEERPLICHT' | 'BOA';
  uitkomst: 'LOPEND' | 'POSITIEF_AFGEROND' | 'NEGATIEF_AFGEROND';
}

export interface BvhZorgmelding {
  zorgmeldingnummer: string;
  persoonsnummer: string;
  datum: string;
  ontvanger: 'VEILIG_THUIS' | 'JEUGDTEAM';
  aanleiding: 'HUISELIJK_GEWELD' | 'OPVOEDINGSPROBLEMATIEK' | 'JEUGDCRIMINALITEIT' | 'VERWAARLOZING' | 'OVERIG';
  bevindingen: string;
}

/** Envelope of every BVH export response. */
export interface BvhResultaten<T> {
  resultaten: T[];
  offset?: number;
  limit?: number;
  totaal?: number;
}

/**
 * What the adapter derives for the L3 outcome: the registrations and care reports of one child,
 * read through the same loaders as the detailed fields.
 */
export interface CaseOutcomeSource {
  registraties: BvhRegistratie[];
  zorgmeldingen: BvhZorgmelding[];
}

/** The codegen mappers: each graph type's parent as the resolvers receive it. */
export type IncidentRecord = Scoped<BvhRegistratie>;
export type CareReportRecord = Scoped<BvhZorgmelding>;
export type RegistrationRecord = IncidentRecord | CareReportRecord;
export type DomesticViolenceRecord = Scoped<BvhHgSignalering>;
export type ProKidRecord = Scoped<BvhProKid>;
export type AddressSignalRecord = Scoped<BvhAdressignaal>;
export type HaltRecord = Scoped<BvhHalt>;
export type CaseOutcomeRecord = Scoped<CaseOutcomeSource>;
