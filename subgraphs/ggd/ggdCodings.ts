import type {
  JgzActivityStatus,
  JgzCarePlanStatus,
  JgzConcernDomain,
  JgzConcernStatus,
  JgzContactSetting,
  JgzContactStatus,
  JgzDiscipline,
  JgzNotGivenReason,
  JgzScreeningInstrument,
  JgzScreeningOutcome,
} from './__generated__/resolvers.ts';
import { codeIn, SYSTEM } from './fhirCodes.ts';
import type { Encounter, PractitionerRole } from './fhirTypes.ts';

/**
 * FHIR codes onto the graph's enums. Standard value sets (Encounter.status, condition-clinical,
 * v3 ObservationInterpretation, v3 ActReason, RequestStatus) map completely; the GGD's own code
 * systems map what they define, and an unknown code becomes OTHER or null, never a guess.
 */
export const CONTACT_STATUS: Record<string, JgzContactStatus> = {
  planned: 'PLANNED',
  arrived: 'IN_PROGRESS',
  triaged: 'IN_PROGRESS',
  'in-progress': 'IN_PROGRESS',
  onleave: 'IN_PROGRESS',
  finished: 'HELD',
  cancelled: 'CANCELLED',
  unknown: 'UNKNOWN',
};

const LOCATION_SETTING: Record<string, JgzContactSetting> = { consultatiebureau: 'CONSULTATION_BUREAU', school: 'SCHOOL' };
const CLASS_SETTING: Record<string, JgzContactSetting> = { HH: 'HOME', VR: 'REMOTE' };

/** Where a contact took place: home or remote by its v3 ActCode class, otherwise by the kind of location. */
export function contactSetting(encounter: Encounter): JgzContactSetting {
  const byClass = encounter.class?.system === SYSTEM.actCode ? CLASS_SETTING[encounter.class.code ?? ''] : undefined;
  return byClass ?? LOCATION_SETTING[codeIn(encounter.serviceType, SYSTEM.location) ?? ''] ?? 'OTHER';
}

const DISCIPLINE: Record<string, JgzDiscipline> = { JA: 'DOCTOR', JVP: 'NURSE', DA: 'ASSISTANT' };

/**
 * The discipline of the primary performer: its reference points at a PractitionerRole contained
 * in the Encounter (`#id`). An external reference is not followed: the adapter fetches no
 * practitioner data it does not show.
 */
export function contactDiscipline(encounter: Encounter): JgzDiscipline | null {
  const participants = encounter.participant ?? [];
  const primary = participants.find((p) => codeIn(p.type, SYSTEM.participationType) === 'PPRF') ?? participants[0];
  const reference = primary?.individual?.reference;
  if (!reference?.startsWith('#')) return null;
  const role = (encounter.contained ?? []).find((r): r is PractitionerRole => r.resourceType === 'PractitionerRole' && r.id === reference.slice(1));
  return DISCIPLINE[codeIn(role?.code, SYSTEM.discipline) ?? ''] ?? null;
}

export const INSTRUMENT: Record<string, JgzScreeningInstrument> = { 'van-wiechen': 'VAN_WIECHEN', sdq: 'SDQ' };

/** v3 ObservationInterpretation; the GGD records SDQ's borderline band as IND (indeterminate). */
export const OUTCOME: Record<string, JgzScreeningOutcome> = { N: 'NORMAL', IND: 'BORDERLINE', A: 'ABNORMAL', AA: 'ABNORMAL' };

export const NOT_GIVEN_REASON: Record<string, JgzNotGivenReason> = {
  PATOBJ: 'OBJECTION',
  MEDPREC: 'MEDICAL_PRECAUTION',
  IMMUNE: 'IMMUNE',
  OSTOCK: 'OUT_OF_STOCK',
};

export const CONCERN_DOMAIN: Record<string, JgzConcernDomain> = {
  groei: 'GROWTH',
  ontwikkeling: 'DEVELOPMENT',
  psychosociaal: 'PSYCHOSOCIAL',
  opvoeding: 'PARENTING',
  veiligheid: 'SAFETY',
  leefstijl: 'LIFESTYLE',
};

export const CONCERN_STATUS: Record<string, JgzConcernStatus> = {
  active: 'ACTIVE',
  recurrence: 'ACTIVE',
  relapse: 'ACTIVE',
  inactive: 'INACTIVE',
  remission: 'INACTIVE',
  resolved: 'RESOLVED',
};

export const CARE_PLAN_STATUS: Record<string, JgzCarePlanStatus> = {
  draft: 'DRAFT',
  active: 'ACTIVE',
  'on-hold': 'ON_HOLD',
  revoked: 'REVOKED',
  completed: 'COMPLETED',
  unknown: 'UNKNOWN',
};

export const ACTIVITY_STATUS: Record<string, JgzActivityStatus> = {
  'not-started': 'NOT_STARTED',
  scheduled: 'SCHEDULED',
  'in-progress': 'IN_PROGRESS',
  'on-hold': 'ON_HOLD',
  completed: 'COMPLETED',
  cancelled: 'CANCELLED',
  stopped: 'STOPPED',
  unknown: 'UNKNOWN',
};
