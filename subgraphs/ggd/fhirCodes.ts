import type { CodeableConcept, Reference } from './fhirTypes.ts';

/**
 * The code systems the adapter understands. The standard ones are HL7's, LOINC, UCUM and WHO's
 * ATC; the `jgz-*` systems are the GGD's own (a real GGD would publish its own URIs and the
 * adapter would be configured with them).
 */
export const SYSTEM = {
  bsn: 'http://fhir.nl/fhir/NamingSystem/bsn',
  loinc: 'http://loinc.org',
  ucum: 'http://unitsofmeasure.org',
  atc: 'http://www.whocc.no/atc',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  interpretation: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  actReason: 'http://terminology.hl7.org/CodeSystem/v3-ActReason',
  participationType: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  contactKind: 'https://fhir.ggd-regio.example/CodeSystem/jgz-contactmoment',
  location: 'https://fhir.ggd-regio.example/CodeSystem/jgz-locatiesoort',
  discipline: 'https://fhir.ggd-regio.example/CodeSystem/jgz-discipline',
  instrument: 'https://fhir.ggd-regio.example/CodeSystem/jgz-instrument',
  careDomain: 'https://fhir.ggd-regio.example/CodeSystem/jgz-zorgdomein',
  planKind: 'https://fhir.ggd-regio.example/CodeSystem/jgz-plansoort',
} as const;

/** LOINC codes of growth observations: body height (standing and lying) and body weight. */
export const LOINC = { height: '8302-2', heightLying: '8306-3', weight: '29463-7' } as const;

/** The CarePlan categories that tell the JGZ care plan from the advice written for the school. */
export const PLAN_KIND = { carePlan: 'zorgplan', schoolAdvice: 'advies-school' } as const;

const isList = (concepts: CodeableConcept | readonly CodeableConcept[]): concepts is readonly CodeableConcept[] => Array.isArray(concepts);

/** The code from `system` in a concept (or in any of several concepts), if present. */
export function codeIn(concepts: CodeableConcept | readonly CodeableConcept[] | undefined, system: string): string | null {
  const list: readonly CodeableConcept[] = concepts === undefined ? [] : isList(concepts) ? concepts : [concepts];
  for (const concept of list) {
    const hit = (concept.coding ?? []).find((coding) => coding.system === system && coding.code);
    if (hit?.code) return hit.code;
  }
  return null;
}

/** The human text of a concept: its text, else the first coding's display. */
export const textOf = (concept: CodeableConcept | undefined): string | null =>
  concept?.text ?? concept?.coding?.find((coding) => coding.display)?.display ?? null;

/** The id in a literal reference of the given type (`Patient/123` gives `123`), else null. */
export function idOf(reference: Reference | undefined, type: string): string | null {
  const match = /^(?:.*\/)?([A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/.*)?$/.exec(reference?.reference ?? '');
  return match && match[1] === type ? (match[2] ?? null) : null;
}

/** The date part of a FHIR date or dateTime (the partner's local date; FHIR allows `2024` or `2024-05` too). */
export const dateOf = (value: string | undefined): string | null => /^\d{4}(-\d{2}(-\d{2})?)?/.exec(value ?? '')?.[0] ?? null;
