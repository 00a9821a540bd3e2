/**
 * The records of the demo childcare planning and child-tracking system (kindvolgsysteem), in its
 * own format: English field names, Dutch codes, `kindId` as local id and `locationId` as the
 * location (here the covenant's org id). Deliberately unlike the school's SIS.
 */
export interface CcChild {
  kindId: string;
  bsn: string;
  locationId: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
}

export interface CcPlacement {
  kindId: string;
  locationId: string;
  groupName: string;
  careType: 'DAGOPVANG' | 'PEUTEROPVANG';
  daysPerWeek: number;
  startDate: string;
  /** Set when the child has left, e.g. for primary school at 4. */
  endDate: string | null;
}

export interface CcVveIndication {
  kindId: string;
  /** JGZ indicates VVE on developmental grounds; the childcare system records it. */
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
  instrument: 'KIJK!';
  domain: 'TAAL' | 'REKENEN' | 'GROVE_MOTORIEK' | 'FIJNE_MOTORIEK' | 'SOC_EMO' | 'ZELFREDZAAMHEID';
  /** Developmental level (ontwikkelingslijn stage) 1..6. */
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
