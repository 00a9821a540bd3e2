/**
 * The childcare planning system's API format (`/v2`), as the adapter receives it. These are the
 * codegen mappers: resolvers map these records onto the graph.
 */
import type { Scoped } from '../kit/graphRecords.ts';

export type { ChildRef, OrganisationRef, Scoped } from '../kit/graphRecords.ts';

export interface CcIdentity {
  kindId: string;
  bsn: string;
  locationId: string;
}

export interface CcPlacement {
  kindId: string;
  locationId: string;
  groupName: string;
  careType: 'DAGOPVANG' | 'PEUTEROPVANG';
  daysPerWeek: number;
  startDate: string;
  endDate: string | null;
}

export interface CcVveIndication {
  kindId: string;
  indicatedBy: 'JGZ';
  indicationDate: string;
  reasonCode: 'TAAL' | 'SOC_EMO' | 'MOTORIEK' | 'OMGEVING';
  programme: string;
  hoursPerWeek: number;
  validUntil: string;
}

export interface CcObservation {
  kindId: string;
  observationDate: string;
  instrument: string;
  domain: 'TAAL' | 'REKENEN' | 'GROVE_MOTORIEK' | 'FIJNE_MOTORIEK' | 'SOC_EMO' | 'ZELFREDZAAMHEID';
  level: number;
  assessment: 'VOORSPRONG' | 'CONFORM' | 'ACHTERSTAND';
}

export interface CcHandover {
  kindId: string;
  formDate: string;
  receivingSchoolId: string | null;
  parentConsent: boolean;
  warmHandoverMeeting: boolean;
  attendedVve: boolean;
  summary: string;
  attentionPoints: string[];
}

export interface CcCareSignal {
  kindId: string;
  signalDate: string;
  concernCode: 'ONTWIKKELING' | 'GEDRAG' | 'THUISSITUATIE' | 'VERWAARLOZING' | 'GEZONDHEID';
  discussedWithParents: boolean;
  followUpCode: 'OBSERVEREN' | 'DOORVERWEZEN_JGZ' | 'OVERLEG_WIJKTEAM' | 'MELDING_VEILIG_THUIS';
}

/** Envelope of every list response of the childcare system. */
export interface CcEnvelope<T> {
  data: T[];
  /** Only on paged resources; `page` counts from 0. */
  paging?: { page: number; size: number; totalElements: number; last: boolean };
}

/** The codegen mappers: each graph type's parent as the resolvers receive it. */
export type PlacementRecord = Scoped<CcPlacement>;
export type VveIndicationRecord = Scoped<CcVveIndication>;
export type ObservationRecord = Scoped<CcObservation>;
export type HandoverRecord = Scoped<CcHandover>;
export type CareSignalRecord = Scoped<CcCareSignal>;
