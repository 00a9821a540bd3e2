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
 * Trace and span ids (16 or 32 lowercase hex digits) and UUIDs (record ids) are random and often
 * hold a run of nine decimal digits; they join a log line to its trace or record, so they stay whole.
 */
const HEX_IDENTIFIER = /^(?:[0-9a-f]{16}|[0-9a-f]{32})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The word around `text[start, end)` made of characters `allowed` matches, or null when a letter or digit borders it. */
function wordAround(text: string, start: number, end: number, allowed: RegExp): string | null {
  let from = start;
  let to = end;
  while (from > 0 && allowed.test(text[from - 1]!)) from -= 1;
  while (to < text.length && allowed.test(text[to]!)) to += 1;
  const bounded = !/\w/.test(text[from - 1] ?? '') && !/\w/.test(text[to] ?? '');
  return bounded ? text.slice(from, to) : null;
}

function bsnOrIdentifier(digits: string, offset: number, text: string): string {
  const end = offset + digits.length;
  const hex = wordAround(text, offset, end, /[0-9a-f]/);
  const uuid = wordAround(text, offset, end, /[0-9a-f-]/);
  return (hex !== null && HEX_IDENTIFIER.test(hex)) || (uuid !== null && UUID.test(uuid)) ? digits : '[number]';
}

/** The text with every pseudonym, token, credential and BSN-like number replaced by a placeholder. */
export function scrub(text: string): string {
  let result = text;
  for (const [pattern, replacement] of PATTERNS) result = result.replace(pattern, replacement);
  return result.replace(NINE_DIGITS, bsnOrIdentifier);
}
