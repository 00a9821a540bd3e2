import { ErrorCode, hubError } from '../../schema/errors.ts';

/**
 * Why a casus mutation was refused, in `extensions.reason` beside the hub's `code`, so a client
 * can act on it. Messages name the rule and the input field, never an identifier or protected value.
 */
export type CasusRefusal =
  | 'UNKNOWN_CHILD'
  | 'UNKNOWN_ORGANISATION'
  | 'UNKNOWN_SCHOOL'
  | 'INVALID_INPUT'
  | 'INVALID_PHASE_CHANGE'
  | 'NOT_ENTITLED_TO_CONSENT'
  | 'NOT_ENTITLED_TO_RECORD_CONSENT'
  | 'BIRTH_DATE_REQUIRED'
  | 'NOT_INVOLVED'
  | 'STATED_REASON_REQUIRED'
  | 'NOTHING_TO_CONFIRM'
  | 'CONFIRMATION_BY_OTHER_ORGANISATION'
  | 'CASE_CLOSED'
  | 'CASE_ALREADY_OPEN'
  | 'NO_OPEN_SIGNAL'
  | 'NOT_CASE_DIRECTOR'
  | 'NOT_ACTION_OWNER'
  | 'WRONG_ORGANISATION_TYPE'
  | 'NOT_FOUND'
  | 'STALE_VERSION'
  | 'CONCURRENT_CHANGE';

const codeOf: Record<CasusRefusal, ErrorCode> = {
  UNKNOWN_CHILD: ErrorCode.BAD_USER_INPUT,
  UNKNOWN_ORGANISATION: ErrorCode.BAD_USER_INPUT,
  UNKNOWN_SCHOOL: ErrorCode.NOT_FOUND,
  INVALID_INPUT: ErrorCode.BAD_USER_INPUT,
  INVALID_PHASE_CHANGE: ErrorCode.BAD_USER_INPUT,
  NOT_ENTITLED_TO_CONSENT: ErrorCode.BAD_USER_INPUT,
  NOT_ENTITLED_TO_RECORD_CONSENT: ErrorCode.FORBIDDEN_OPERATION,
  BIRTH_DATE_REQUIRED: ErrorCode.BAD_USER_INPUT,
  NOT_INVOLVED: ErrorCode.FORBIDDEN_OPERATION,
  STATED_REASON_REQUIRED: ErrorCode.BAD_USER_INPUT,
  NOTHING_TO_CONFIRM: ErrorCode.BAD_USER_INPUT,
  CONFIRMATION_BY_OTHER_ORGANISATION: ErrorCode.FORBIDDEN_OPERATION,
  CASE_CLOSED: ErrorCode.BAD_USER_INPUT,
  CASE_ALREADY_OPEN: ErrorCode.CONFLICT,
  NO_OPEN_SIGNAL: ErrorCode.BAD_USER_INPUT,
  NOT_CASE_DIRECTOR: ErrorCode.FORBIDDEN_OPERATION,
  NOT_ACTION_OWNER: ErrorCode.FORBIDDEN_OPERATION,
  WRONG_ORGANISATION_TYPE: ErrorCode.FORBIDDEN_OPERATION,
  NOT_FOUND: ErrorCode.NOT_FOUND,
  STALE_VERSION: ErrorCode.CONFLICT,
  CONCURRENT_CHANGE: ErrorCode.CONFLICT,
};

/** A typed refusal: `code` from the hub's errors, `reason` from `CasusRefusal`. */
export const refuse = (reason: CasusRefusal, message: string, extensions: Record<string, unknown> = {}) =>
  hubError(codeOf[reason], message, { reason, ...extensions });
