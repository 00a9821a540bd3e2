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
  [/(?<![\d.])\d{9}(?![\d.])/g, '[number]'],
];

/** The text with every pseudonym, token, credential and BSN-like number replaced by a placeholder. */
export function scrub(text: string): string {
  let result = text;
  for (const [pattern, replacement] of PATTERNS) result = result.replace(pattern, replacement);
  return result;
}
