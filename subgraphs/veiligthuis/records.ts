/**
 * The Veilig Thuis registration system's API format (`/registratie/api`), as the adapter receives
 * it. These are the codegen mappers: resolvers map these records onto the graph.
 */
import type { Scoped } from '../kit/graphRecords.ts';

export type { ChildRef, OrganisationRef, Scoped } from '../kit/graphRecords.ts';

export interface VtIdentity {
  dossiernummer: string;
  bsnKind: string;
  regio: string;
}

export type VtVermoeden =
  | 'lichamelijke mishandeling'
  | 'psychische mishandeling'
  | 'verwaarlozing'
  | 'seksueel misbruik'
  | 'getuige huiselijk geweld';

export interface VtMelder {
  soort: 'professional' | 'particulier' | 'anoniem';
  organisatieCode: string | null;
  organisatieNaam: string | null;
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
  overgedragenAan: string | null;
}

export interface VtTerugkoppeling {
  dossiernummer: string;
  fase: 'advies gegeven' | 'melding ontvangen' | 'in behandeling' | 'overgedragen' | 'afgesloten';
  sinds: string;
}

/** Envelope of every batch response. */
export interface VtResultaten<T> {
  resultaten: T[];
}

/** Envelope of the paged dossier list. */
export interface VtPagina<T> extends VtResultaten<T> {
  volgendePagina: number | null;
}

/** The codegen mappers: each graph type's parent as the resolvers receive it. */
export type ReportRecord = Scoped<VtMelding>;
export type AdviceRecord = Scoped<VtAdvies>;
/** The reporter keeps the report's subject, so its stricter rule is decided for the same child. */
export type ReporterRecord = Scoped<VtMelder>;
export type SafetyAssessmentRecord = Scoped<VtVeiligheidsbeoordeling>;
export type FollowUpRecord = Scoped<VtVervolg>;
export type StatusRecord = Scoped<VtTerugkoppeling>;
