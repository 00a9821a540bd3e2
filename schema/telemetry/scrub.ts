/**
 * What must never stand in a log line, a span or a metric label, by its shape: a child's
 * pseudonym, a JWT or JWS (bearer tokens, signed caller contexts), a bearer credential, a BSN
 * (nine digits). The privacy protocol keeps these out by construction; this is the backstop for
 * text the hub does not write itself (an exception's message, a library's stack).
 */
const PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/\bch_[A-Za-z0-9_-]{27}/g, '[pseudonym]'],
  [/\beyJ[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*){1,2}/g, '[token]'],
  [/\b(Bearer|Basic)\s+[^\s"',]+/gi, '$1 [credential]'],
];

const NINE_DIGITS = /(?<![\d.])\d{9}(?![\d.])/g;

/**
 * Trace and span ids (16 or 32 lowercase hex digits) are random and often hold a run of nine
 * decimal digits; they are the key that joins a log line to its trace, so they stay whole.
 */
const HEX_IDENTIFIER = /^[0-9a-f]{16}$|^[0-9a-f]{32}$/;

function bsnOrIdentifier(digits: string, offset: number, text: string): string {
  let start = offset;
  let end = offset + digits.length;
  while (start > 0 && /[0-9a-f]/.test(text[start - 1]!)) start -= 1;
  while (end < text.length && /[0-9a-f]/.test(text[end]!)) end += 1;
  const bounded = !/\w/.test(text[start - 1] ?? '') && !/\w/.test(text[end] ?? '');
  return bounded && HEX_IDENTIFIER.test(text.slice(start, end)) ? digits : '[number]';
}

/** The text with every pseudonym, token, credential and BSN-like number replaced by a placeholder. */
export function scrub(text: string): string {
  let result = text;
  for (const [pattern, replacement] of PATTERNS) result = result.replace(pattern, replacement);
  return result.replace(NINE_DIGITS, bsnOrIdentifier);
}
