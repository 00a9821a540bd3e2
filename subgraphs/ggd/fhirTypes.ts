/**
 * The FHIR R4 elements the adapter reads (https://hl7.org/fhir/R4/), as a JGZ system serves them.
 * Only what the mapping uses; every element FHIR makes optional is optional here too, so the
 * mapping has to handle its absence.
 */
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

export interface Patient {
  resourceType: 'Patient';
  id: string;
  identifier?: { system?: string; value?: string }[];
  managingOrganization?: Reference;
}

export interface PractitionerRole {
  resourceType: 'PractitionerRole';
  id?: string;
  code?: CodeableConcept[];
}

export interface Encounter {
  resourceType: 'Encounter';
  id: string;
  contained?: (PractitionerRole | { resourceType: string; id?: string })[];
  status: string;
  class?: Coding;
  type?: CodeableConcept[];
  serviceType?: CodeableConcept;
  subject?: Reference;
  participant?: { type?: CodeableConcept[]; individual?: Reference }[];
  period?: { start?: string; end?: string };
}

export interface Observation {
  resourceType: 'Observation';
  id: string;
  status: string;
  category?: CodeableConcept[];
  code?: CodeableConcept;
  subject?: Reference;
  effectiveDateTime?: string;
  valueQuantity?: Quantity;
  valueInteger?: number;
  interpretation?: CodeableConcept[];
}

export interface Immunization {
  resourceType: 'Immunization';
  id: string;
  status: string;
  statusReason?: CodeableConcept;
  vaccineCode?: CodeableConcept;
  patient?: Reference;
  occurrenceDateTime?: string;
  protocolApplied?: { series?: string; doseNumberPositiveInt?: number }[];
}

export interface Condition {
  resourceType: 'Condition';
  id: string;
  clinicalStatus?: CodeableConcept;
  verificationStatus?: CodeableConcept;
  category?: CodeableConcept[];
  code?: CodeableConcept;
  subject?: Reference;
  onsetDateTime?: string;
}

export interface CarePlanActivity {
  detail?: { status?: string; description?: string; code?: CodeableConcept };
}

export interface CarePlan {
  resourceType: 'CarePlan';
  id: string;
  status: string;
  category?: CodeableConcept[];
  title?: string;
  description?: string;
  subject?: Reference;
  period?: { start?: string; end?: string };
  activity?: CarePlanActivity[];
}

/** A `searchset` Bundle: the answer to every FHIR search. */
export interface Bundle<T> {
  resourceType: 'Bundle';
  type?: string;
  total?: number;
  link?: { relation: string; url: string }[];
  entry?: { fullUrl?: string; resource?: T; search?: { mode?: string } }[];
}
