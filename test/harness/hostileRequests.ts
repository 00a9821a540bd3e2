import { Lexer, Source, TokenKind } from 'graphql';
import { ErrorCode } from '../../schema/errors.ts';
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from '../../gateway/limits/operationLimits.ts';

/**
 * The requests that took the hub down (issue 10's table), and each limit's edges (just under and
 * just over), as the school's care coordinator of De Esdoorn sends them: a valid token, a valid
 * purpose, the organisation's own pupils. The limits' test and the bench's hostile phase both send
 * these; "just under" must get a normal answer, everything else its code, never data.
 */
export interface HostileRequest {
  name: string;
  /** The HTTP body as sent (JSON: one operation, or a batch). */
  body: string;
  /** What the hub must answer: a status, and the code of its error (none for a normal answer). */
  expected: { status: number; code?: ErrorCode };
}

export const HOSTILE_CALLER = { role: 'SCHOOL_CARE_COORDINATOR', org: 'school-esdoorn', purpose: 'CASE_DISCUSSION' } as const;

const SCHOOL = `organisation(id: "school-esdoorn")`;
const one = (query: string) => JSON.stringify({ query });
const refused = (code: ErrorCode, status = 400) => ({ status, code });
const answered = { status: 200 };

/** Issue 10's query: `Qk = name pupils(first: 20) { id schoolEnrolment { group school { Q(k-1) } } }`. */
export const nestedPupils = (k: number): string =>
  k === 0 ? 'name' : `name pupils(first: 20) { id schoolEnrolment { group school { ${nestedPupils(k - 1)} } } }`;

/** Fields nested `depth` levels deep (the root field is level 1), one pupil per level, inline or one fragment per level. */
export function deepQuery(depth: number, viaFragments = false): string {
  const steps = [
    { field: 'pupils(first: 1)', type: 'Child', leaf: 'id' },
    { field: 'schoolEnrolment', type: 'SchoolEnrolment', leaf: 'group' },
    { field: 'school', type: 'Organisation', leaf: 'id' },
  ];
  const levels = Array.from({ length: depth - 2 }, (_, i) => steps[i % 3]!);
  const leaf = levels.at(-1)?.leaf ?? 'id';
  if (!viaFragments) return `{ ${SCHOOL} { ${levels.reduceRight((inner, step) => `${step.field} { ${inner} }`, leaf)} } }`;
  // Fragment Li is spread inside level i's field and holds level i + 1: each adds one level, no more.
  const fragments = levels.map((step, i) => {
    const next = levels[i + 1];
    const type = i === 0 ? 'Organisation' : levels[i - 1]!.type;
    return `fragment L${i} on ${type} { ${step.field} { ${next ? `...L${i + 1}` : leaf} } }`;
  });
  return `{ ${SCHOOL} { ${levels.length > 0 ? '...L0' : leaf} } } ${fragments.join(' ')}`;
}

/** The number of lexical tokens of a document, as the parser counts them. */
export function tokenCount(query: string): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

/** A document of exactly `tokens` tokens: distinct fragments (no field repeated hundreds of times), then `__typename`s. */
export function queryOfTokens(tokens: number): string {
  const build = (fragments: number, padding: number) =>
    `{ organisations { id ${'__typename '.repeat(padding)}${Array.from({ length: fragments }, (_, i) => `...F${i}`).join(' ')} } } ` +
    Array.from({ length: fragments }, (_, i) => `fragment F${i} on Organisation { name }`).join(' ');
  const base = tokenCount(build(0, 0));
  const fragments = Math.floor((tokens - base) / (tokenCount(build(1, 0)) - base));
  return build(fragments, tokens - tokenCount(build(fragments, 0)));
}

/** A body of exactly `bytes` bytes: a small query padded with spaces (which the parser skips). */
export function bodyOfBytes(bytes: number): string {
  const base = one('{ organisations { id } }');
  return one(`{ organisations { id } }${' '.repeat(bytes - base.length)}`);
}

/**
 * An operation whose cost is exactly `cost` (`operationCost`): aliased copies of the school's
 * pupil list of at most 500 (the subgraphs' own page limit), each copy costing its size plus two.
 */
export function queryOfCost(cost: number): string {
  const copies: number[] = [];
  for (let left = cost; left > 0; left -= copies.at(-1)! + 2) copies.push(Math.min(500, left - 2));
  return `{ ${copies.map((size, i) => `c${i}: ${SCHOOL} { pupils(first: ${size}) { id } }`).join(' ')} }`;
}

const aliases = (n: number) => `{ organisations { ${Array.from({ length: n }, (_, i) => `a${i}: id`).join(' ')} } }`;
const batch = (n: number) => JSON.stringify(Array.from({ length: n }, () => ({ query: '{ organisations { id } }' })));

/** Issue 10's table: each row as the attacker sent it. */
export function attacks(): HostileRequest[] {
  return [
    { name: 'nested pupils, 5 deep (Q5)', body: one(`{ ${SCHOOL} { ${nestedPupils(5)} } }`), expected: refused(ErrorCode.OPERATION_TOO_DEEP) },
    { name: 'nested pupils, 4 deep (Q4)', body: one(`{ ${SCHOOL} { ${nestedPupils(4)} } }`), expected: refused(ErrorCode.OPERATION_TOO_DEEP) },
    { name: 'nested pupils, 3 deep (Q3)', body: one(`{ ${SCHOOL} { ${nestedPupils(3)} } }`), expected: refused(ErrorCode.OPERATION_TOO_COSTLY) },
    { name: 'depth 2,000 inline', body: one(deepQuery(2000)), expected: refused(ErrorCode.OPERATION_TOO_LARGE) },
    { name: 'depth 2,000 through nested fragments', body: one(deepQuery(2000, true)), expected: refused(ErrorCode.REQUEST_TOO_LARGE, 413) },
    { name: '10,000 aliases', body: one(aliases(10_000)), expected: refused(ErrorCode.REQUEST_TOO_LARGE, 413) },
    {
      name: '1,000 aliases of a 20-pupil list',
      body: one(`{ ${SCHOOL} { ${Array.from({ length: 1000 }, (_, i) => `p${i}: pupils(first: 20) { id }`).join(' ')} } }`),
      expected: refused(ErrorCode.OPERATION_TOO_LARGE),
    },
    { name: 'a JSON batch of 1,000 operations', body: batch(1000), expected: refused(ErrorCode.BATCH_TOO_LARGE) },
    { name: '1,000 @include(if: true) on one field', body: one(`{ organisations { id ${'@include(if: true) '.repeat(1000)}} }`), expected: refused(ErrorCode.OPERATION_TOO_LARGE) },
    {
      name: 'a fragment cycle',
      body: one('{ organisations { ...A } } fragment A on Organisation { id ...B } fragment B on Organisation { name ...A }'),
      expected: refused(ErrorCode.FRAGMENT_CYCLE),
    },
  ];
}

/** Each limit just under (a normal answer) and just over (its code). */
export function limitEdges(limits: OperationLimits = DEFAULT_OPERATION_LIMITS): HostileRequest[] {
  const { maxBodyBytes, maxBatch, maxTokens, maxDepth, maxAliases, maxDirectives, maxDirectivesPerField, maxCost } = limits;
  const directives = (n: number) => one(`{ organisations { ${'id @include(if: true) '.repeat(n)}} }`);
  const onOneField = (n: number) => one(`{ organisations { id ${Array.from({ length: n }, (_, i) => (i % 2 ? '@skip(if: false)' : '@include(if: true)')).join(' ')} } }`);
  return [
    { name: `body of ${maxBodyBytes} bytes`, body: bodyOfBytes(maxBodyBytes), expected: answered },
    { name: `body of ${maxBodyBytes + 1} bytes`, body: bodyOfBytes(maxBodyBytes + 1), expected: refused(ErrorCode.REQUEST_TOO_LARGE, 413) },
    { name: `batch of ${maxBatch}`, body: batch(maxBatch), expected: answered },
    { name: `batch of ${maxBatch + 1}`, body: batch(maxBatch + 1), expected: refused(ErrorCode.BATCH_TOO_LARGE) },
    { name: `${maxTokens} tokens`, body: one(queryOfTokens(maxTokens)), expected: answered },
    { name: `${maxTokens + 1} tokens`, body: one(queryOfTokens(maxTokens + 1)), expected: refused(ErrorCode.OPERATION_TOO_LARGE) },
    { name: `depth ${maxDepth}`, body: one(deepQuery(maxDepth)), expected: answered },
    { name: `depth ${maxDepth + 1}`, body: one(deepQuery(maxDepth + 1)), expected: refused(ErrorCode.OPERATION_TOO_DEEP) },
    { name: `depth ${maxDepth} through fragments`, body: one(deepQuery(maxDepth, true)), expected: answered },
    { name: `depth ${maxDepth + 1} through fragments`, body: one(deepQuery(maxDepth + 1, true)), expected: refused(ErrorCode.OPERATION_TOO_DEEP) },
    { name: `${maxAliases} aliases`, body: one(aliases(maxAliases)), expected: answered },
    { name: `${maxAliases + 1} aliases`, body: one(aliases(maxAliases + 1)), expected: refused(ErrorCode.TOO_MANY_ALIASES) },
    { name: `${maxDirectives} directives`, body: directives(maxDirectives), expected: answered },
    { name: `${maxDirectives + 1} directives`, body: directives(maxDirectives + 1), expected: refused(ErrorCode.TOO_MANY_DIRECTIVES) },
    { name: `${maxDirectivesPerField} directives on one field`, body: onOneField(maxDirectivesPerField), expected: answered },
    { name: `${maxDirectivesPerField + 1} directives on one field`, body: onOneField(maxDirectivesPerField + 1), expected: refused(ErrorCode.TOO_MANY_DIRECTIVES) },
    { name: `cost ${maxCost}`, body: one(queryOfCost(maxCost)), expected: answered },
    { name: `cost ${maxCost + 1}`, body: one(queryOfCost(maxCost + 1)), expected: refused(ErrorCode.OPERATION_TOO_COSTLY) },
  ];
}
