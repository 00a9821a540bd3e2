import { ErrorCode, hubError } from '../schema/errors.ts';
import { PURPOSES, isPurpose, type Purpose } from '../schema/vocabulary.ts';

/**
 * The purpose of a request from its `X-Purpose` header (doelbinding, AVG art. 5(1)(b)): one of the
 * covenant's purposes, else a 400 naming them.
 */
export function purposeOf(header: string | null | undefined): Purpose {
  if (isPurpose(header)) return header;
  throw hubError(ErrorCode.PURPOSE_REQUIRED, `State the purpose of this request in the X-Purpose header (doelbinding), one of: ${PURPOSES.join(', ')}.`, {
    allowedPurposes: PURPOSES,
  });
}
