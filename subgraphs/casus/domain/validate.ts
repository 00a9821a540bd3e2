import { covenantOrganisations, type CovenantOrganisation, type OrganisationType } from '../../../schema/covenant.ts';
import { refuse } from '../casusErrors.ts';
import { isPseudonym } from '../../kit/pseudonym.ts';

/**
 * Input checks shared by the mutations. Messages name the field, never echo the value. They look at
 * the input only, never the store: a mutation runs them all before it reads the child's file, so a
 * malformed request is answered the same whatever the hub holds about the child.
 */

export function requireChildId(childId: string): string {
  if (!isPseudonym(childId)) throw refuse('UNKNOWN_CHILD', 'childId is not a hub pseudonym (ch_ followed by 27 characters).');
  return childId;
}

export function requireOrganisation(id: string, field: string, type?: OrganisationType): CovenantOrganisation {
  const organisation = covenantOrganisations().find((org) => org.id === id);
  if (!organisation) throw refuse('UNKNOWN_ORGANISATION', `${field} is not an organisation of the covenant.`);
  if (type && organisation.type !== type) throw refuse('INVALID_INPUT', `${field} must be an organisation of type ${type}.`);
  return organisation;
}

export function requireText(value: string, field: string, maxLength = 2000): string {
  const text = value.trim();
  if (text === '') throw refuse('INVALID_INPUT', `${field} must not be empty.`);
  if (text.length > maxLength) throw refuse('INVALID_INPUT', `${field} is longer than ${maxLength} characters.`);
  return text;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date `YYYY-MM-DD` that exists (no 31 February). */
export function requireDate(value: string, field: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (!ISO_DATE.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw refuse('INVALID_INPUT', `${field} must be a date as YYYY-MM-DD.`);
  }
  return value;
}

/** A birth date of someone in the covenant's age range (0 to 23, allowing for late cases), not in the future. */
export function requireBirthDate(value: string, now: Date, field = 'childBirthDate'): string {
  requireDate(value, field);
  const born = new Date(`${value}T00:00:00Z`);
  const oldest = new Date(now);
  oldest.setUTCFullYear(oldest.getUTCFullYear() - 23);
  if (born > now || born < oldest) throw refuse('INVALID_INPUT', `${field} must be a birth date of a child or young person (0 to 23 years).`);
  return value;
}

/** Whole numbers within a range, for phases and durations. */
export function requireWhole(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw refuse('INVALID_INPUT', `${field} must be a whole number from ${min} to ${max}.`);
  }
  return value;
}

/** The caller's organisation, which must be of the given type for this mutation. */
export function callerOrganisationOfType(organisationId: string, type: OrganisationType, action: string): CovenantOrganisation {
  const organisation = covenantOrganisations().find((org) => org.id === organisationId);
  if (!organisation || organisation.type !== type) {
    throw refuse('WRONG_ORGANISATION_TYPE', `Only an organisation of type ${type} may ${action}.`);
  }
  return organisation;
}
