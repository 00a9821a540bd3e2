import type { ChildScoped } from '../kit/privacyGuard.ts';
import { codeIn, dateOf, LOINC, SYSTEM } from './fhirCodes.ts';
import type { CarePlan, Condition, Observation, Quantity } from './fhirTypes.ts';
import { CARE_PLAN_STATUS, CONCERN_DOMAIN, CONCERN_STATUS } from './ggdCodings.ts';
import type { CareSummaryRecord, GrowthRecord } from './records.ts';

/**
 * What the graph shows of a child's FHIR resources: records marked entered-in-error (or a
 * refuted concern) are not part of the record and are left out; lists come newest first; growth
 * observations of one day become one measurement; the care plan is the current one.
 */
export const isValid = (resource: { status?: string }) => resource.status !== 'entered-in-error';

/** Newest first by a FHIR date or dateTime; records without a date last. */
export function newestFirst<T>(records: readonly T[], dateOfRecord: (record: T) => string | undefined): T[] {
  return [...records].sort((a, b) => (dateOfRecord(b) ?? '').localeCompare(dateOfRecord(a) ?? ''));
}

export function validConcerns<T extends Condition>(conditions: readonly T[]): T[] {
  const valid = conditions.filter((c) => !['entered-in-error', 'refuted'].includes(codeIn(c.verificationStatus, SYSTEM.conditionVerification) ?? ''));
  return newestFirst(valid, (c) => c.onsetDateTime);
}

/** UCUM units the JGZ may record length and weight in, as factors to centimetres and kilograms. */
const TO_CM: Record<string, number> = { cm: 1, mm: 0.1, m: 100, '[in_i]': 2.54 };
const TO_KG: Record<string, number> = { kg: 1, g: 0.001, '[lb_av]': 0.45359237 };

/** A quantity in the target unit, from its UCUM code; null for a unit the adapter does not know. */
function convert(quantity: Quantity | undefined, factors: Record<string, number>, decimals: number): number | null {
  if (typeof quantity?.value !== 'number') return null;
  const unit = quantity.system === SYSTEM.ucum || quantity.system === undefined ? (quantity.code ?? quantity.unit) : undefined;
  const factor = unit === undefined ? undefined : factors[unit];
  if (factor === undefined) return null;
  const scale = 10 ** decimals;
  return Math.round(quantity.value * factor * scale) / scale;
}

/** Height and weight observations grouped by day, converted to cm and kg, newest first. */
export function growthMeasurements<T extends Observation & ChildScoped>(observations: readonly T[]): GrowthRecord[] {
  const byDay = new Map<string, GrowthRecord>();
  for (const observation of observations.filter(isValid)) {
    const day = dateOf(observation.effectiveDateTime);
    const loinc = codeIn(observation.code, SYSTEM.loinc);
    if (!day || !loinc) continue;
    const entry = byDay.get(day) ?? { measuredOn: day, heightCm: null, weightKg: null, childId: observation.childId, holderOrganisationId: observation.holderOrganisationId };
    if (loinc === LOINC.height || loinc === LOINC.heightLying) entry.heightCm = convert(observation.valueQuantity, TO_CM, 1) ?? entry.heightCm;
    else if (loinc === LOINC.weight) entry.weightKg = convert(observation.valueQuantity, TO_KG, 3) ?? entry.weightKg;
    else continue;
    byDay.set(day, entry);
  }
  return newestFirst([...byDay.values()], (m) => m.measuredOn);
}

/** The current plan (active, else on hold, else draft), or else the latest; null when there is none. */
export function currentPlan<T extends CarePlan>(plans: readonly T[]): T | null {
  const valid = newestFirst(plans.filter(isValid), (p) => p.period?.start);
  for (const status of ['active', 'on-hold', 'draft']) {
    const found = valid.find((p) => p.status === status);
    if (found) return found;
  }
  return valid[0] ?? null;
}

/** The advice the school may act on now: an active one, newest first. */
export const currentAdvice = <T extends CarePlan>(plans: readonly T[]): T | null =>
  newestFirst(plans.filter((p) => p.status === 'active' && p.description), (p) => p.period?.start)[0] ?? null;

/** The case director's summary: domains of active concerns (no texts) and the care plan. */
export function careSummary(conditions: readonly Condition[], plans: readonly CarePlan[], scope: ChildScoped): CareSummaryRecord {
  const active = validConcerns(conditions).filter((c) => CONCERN_STATUS[codeIn(c.clinicalStatus, SYSTEM.conditionClinical) ?? ''] === 'ACTIVE');
  const domains = [...new Set(active.map((c) => CONCERN_DOMAIN[codeIn(c.category, SYSTEM.careDomain) ?? ''] ?? 'OTHER'))];
  return { activeConcernDomains: domains, carePlan: currentPlan(plans), ...scope };
}

export const carePlanStatus = (plan: CarePlan) => CARE_PLAN_STATUS[plan.status] ?? 'UNKNOWN';
