/**
 * The subset of FHIR R4 (https://hl7.org/fhir/R4/) the demo JGZ system serves, shaped as the
 * specification has it, plus the code systems it uses. Standard systems carry their HL7, LOINC,
 * UCUM or WHO URIs; the GGD's own codes live under `fhir.ggd-regio.example` (a reserved domain).
 */
export const SYSTEM = {
  bsn: 'http://fhir.nl/fhir/NamingSystem/bsn',
  clientNumber: 'https://fhir.ggd-regio.example/NamingSystem/jgz-clientnummer',
  loinc: 'http://loinc.org',
  ucum: 'http://unitsofmeasure.org',
  atc: 'http://www.whocc.no/atc',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  interpretation: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  actReason: 'http://terminology.hl7.org/CodeSystem/v3-ActReason',
  participationType: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  contactKind: 'https://fhir.ggd-regio.example/CodeSystem/jgz-contactmoment',
  location: 'https://fhir.ggd-regio.example/CodeSystem/jgz-locatiesoort',
  discipline: 'https://fhir.ggd-regio.example/CodeSystem/jgz-discipline',
  instrument: 'https://fhir.ggd-regio.example/CodeSystem/jgz-instrument',
  careDomain: 'https://fhir.ggd-regio.example/CodeSystem/jgz-zorgdomein',
  planKind: 'https://fhir.ggd-regio.example/CodeSystem/jgz-plansoort',
} as const;

export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}
export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}
export interface Reference {
  reference?: string;
  display?: string;
}
export interface Quantity {
  value?: number;
  unit?: string;
  system?: string;
  code?: string;
}
export interface Identifier {
  system?: string;
  value?: string;
}

export interface Patient {
  resourceType: 'Patient';
  id: string;
  identifier?: Identifier[];
  name?: { use?: string; family?: string; given?: string[] }[];
  gender?: 'male' | 'female' | 'other' | 'unknown';
  birthDate?: string;
  managingOrganization?: Reference;
}

export interface PractitionerRole {
  resourceType: 'PractitionerRole';
  id: string;
  code?: CodeableConcept[];
}

export interface Encounter {
  resourceType: 'Encounter';
  id: string;
  contained?: PractitionerRole[];
  status: 'planned' | 'in-progress' | 'finished' | 'cancelled' | 'entered-in-error';
  class: Coding;
  type?: CodeableConcept[];
  serviceType?: CodeableConcept;
  subject: Reference;
  participant?: { type?: CodeableConcept[]; individual?: Reference }[];
  period?: { start?: string; end?: string };
}

export interface Observation {
  resourceType: 'Observation';
  id: string;
  status: 'final' | 'amended' | 'preliminary' | 'entered-in-error';
  category?: CodeableConcept[];
  code: CodeableConcept;
  subject: Reference;
  encounter?: Reference;
  effectiveDateTime?: string;
  valueQuantity?: Quantity;
  valueInteger?: number;
  interpretation?: CodeableConcept[];
}

export interface Immunization {
  resourceType: 'Immunization';
  id: string;
  status: 'completed' | 'entered-in-error' | 'not-done';
  statusReason?: CodeableConcept;
  vaccineCode: CodeableConcept;
  patient: Reference;
  occurrenceDateTime: string;
  protocolApplied?: { series?: string; doseNumberPositiveInt?: number }[];
}

export interface Condition {
  resourceType: 'Condition';
  id: string;
  clinicalStatus?: CodeableConcept;
  verificationStatus?: CodeableConcept;
  category?: CodeableConcept[];
  code?: CodeableConcept;
  subject: Reference;
  onsetDateTime?: string;
}

export interface CarePlan {
  resourceType: 'CarePlan';
  id: string;
  status: 'draft' | 'active' | 'on-hold' | 'revoked' | 'completed' | 'entered-in-error' | 'unknown';
  intent: 'plan';
  category?: CodeableConcept[];
  title?: string;
  description?: string;
  subject: Reference;
  period?: { start?: string; end?: string };
  activity?: { detail?: { status: string; description?: string } }[];
}

export type ClinicalResource = Encounter | Observation | Immunization | Condition | CarePlan;
export type Resource = Patient | ClinicalResource;

export interface Bundle<T extends { id: string } = Resource> {
  resourceType: 'Bundle';
  type: 'searchset';
  total: number;
  link: { relation: 'self' | 'next'; url: string }[];
  entry: { fullUrl: string; resource: T; search: { mode: 'match' } }[];
}

export const coding = (system: string, code: string, display?: string): Coding => ({ system, code, ...(display ? { display } : {}) });
export const concept = (system: string, code: string, display?: string, text?: string): CodeableConcept => ({
  coding: [coding(system, code, display)],
  ...(text ? { text } : {}),
});
