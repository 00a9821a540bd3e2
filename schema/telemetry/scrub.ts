/**
 * What must never stand in a log line, a span or a metric label, by its shape: a child's
 * pseudonym, a JWT or JWS (bearer tokens, signed caller contexts), a bearer credential, a BSN
 * (nine digits, also written 1234.56.782 or 123 456 782). The privacy protocol keeps these out by
 * construction; this is the backstop for text the hub does not write itself (an exception's
 * message, a library's stack).
 */
const PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/\bch_[A-Za-z0-9_-]{27}/g, '[pseudonym]'],
  [/\beyJ[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*){1,2}/g, '[token]'],
  [/\b(Bearer|Basic)\s+[^\s"',]+/gi, '$1 [credential]'],
  [/\b\d{4}\.\d{2}\.\d{3}\b|\b\d{3} \d{3} \d{3}\b/g, '[number]'],
];

/**
 * Nine digits not part of a longer number or a decimal (a full stop after them ends a sentence),
 * unless they lie inside a trace or span id (16 or 32 lowercase hex digits) or a UUID (a record
 * id): those are random, often hold nine digits in a row, and join a log line to its trace or
 * record. One pass, each alternative of bounded length: linear in the text, however it is built.
 */
const NINE_DIGITS_OR_IDENTIFIER = /\b(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32}|[0-9a-f]{16})\b|(?<!\d|\d\.)\d{9}(?!\d|\.\d)/g;

/** The text with every pseudonym, token, credential and BSN-like number replaced by a placeholder. */
export function scrub(text: string): string {
  let result = text;
  for (const [pattern, replacement] of PATTERNS) result = result.replace(pattern, replacement);
  return result.replace(NINE_DIGITS_OR_IDENTIFIER, (match) => (match.length === 9 ? '[number]' : match));
}
