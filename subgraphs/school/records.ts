/**
 * The student information system's API format (leerlingadministratie, `/api/v1`), as the adapter
 * receives it. These are the codegen mappers: resolvers map these records onto the graph.
 */
import type { Scoped } from '../kit/graphRecords.ts';

export type { ChildRef, OrganisationRef, Scoped } from '../kit/graphRecords.ts';

export interface SisIdentity {
  leerlingnummer: string;
  bsn: string;
  brin: string;
}

export interface SisLeerling {
  leerlingnummer: string;
  brin: string;
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
  opp: SisOpp | null;
  toelichting: string;
}

export interface SisOpp {
  vastgesteld: string;
  uitstroomprofiel: string;
  doelen: string[];
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

/** Envelope of every SIS list response. */
export interface SisList<T> {
  items: T[];
  hasMore?: boolean;
}

/** The codegen mappers: each graph type's parent as the resolvers receive it. */
export type EnrolmentRecord = Scoped<SisLeerling>;
export type AbsenceRecord = Scoped<SisVerzuim>;
export type SupportRecord = Scoped<SisOndersteuning>;
export type DevelopmentPlanRecord = Scoped<SisOpp>;
export type TestRecord = Scoped<SisToets>;
export type IncidentRecord = Scoped<SisIncident>;
