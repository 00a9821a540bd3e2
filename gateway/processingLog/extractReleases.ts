import { randomUUID } from 'node:crypto';
import type { GraphQLError } from 'graphql';
import { ErrorCode } from '../../schema/errors.ts';
import type { ProcessingRegister } from '../../schema/processingRegister.ts';
import type { ReleaseCandidate } from '../releaseCandidate.ts';
import type { Outcome, RecordDraft } from './processingRecord.ts';
import type { Subject } from './releaseSubject.ts';
import { coercedVariables, fragmentsOf } from '../operationWalking.ts';
import { pathKey, walkRelease, type ReleaseWalk } from './releaseWalk.ts';

const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/;

/** Trace and span id of a W3C `traceparent`; an unreadable one is kept whole rather than lost. */
export function traceIds(traceparent: string): { traceId: string; spanId: string } {
  const match = TRACEPARENT.exec(traceparent.trim().toLowerCase());
  return match ? { traceId: match[1] ?? '', spanId: match[2] ?? '' } : { traceId: traceparent, spanId: '' };
}

/** The subject of a withheld path: the visited field there, else the deepest visited field above it. */
function subjectOfPath(walk: ReleaseWalk, path: readonly (string | number)[]): { subject: Subject; coordinate: string | null } {
  for (let length = path.length; length > 0; length--) {
    const found = walk.fields.get(pathKey(path.slice(0, length)));
    if (found) return { subject: found.subject, coordinate: length === path.length ? found.coordinate : null };
  }
  return { subject: null, coordinate: null };
}

/** Withheld coordinates per subject: a FORBIDDEN_FIELD error at a response path, from the gateway or a subgraph. */
function withheldFields(walk: ReleaseWalk, errors: readonly GraphQLError[]): Map<Subject, Set<string>> {
  const withheld = new Map<Subject, Set<string>>();
  for (const error of errors) {
    if (error.extensions?.code !== ErrorCode.FORBIDDEN_FIELD || !error.path) continue;
    const { subject, coordinate } = subjectOfPath(walk, error.path);
    const named = typeof error.extensions.field === 'string' ? error.extensions.field : coordinate;
    if (!named) continue;
    const set = withheld.get(subject) ?? new Set<string>();
    set.add(named);
    withheld.set(subject, set);
  }
  return withheld;
}

const outcomeOf = (released: number, withheld: number): Outcome =>
  withheld === 0 ? 'RELEASED' : released === 0 ? 'WITHHELD' : 'PARTIALLY_WITHHELD';

/**
 * The processing-log records of one response, one per child (NEN 7513: who, which subject, what,
 * when, why, outcome). A response that releases nothing yields records only for the children it
 * refused something about. The records name fields by schema coordinate and never hold a value.
 */
export function extractReleases(
  candidate: ReleaseCandidate,
  register: ProcessingRegister,
  now: Date,
  newId: () => string = randomUUID,
): RecordDraft[] {
  const walk = walkRelease(
    candidate.privacy,
    fragmentsOf(candidate.document),
    candidate.operation.selectionSet,
    coercedVariables(candidate.privacy.schema, candidate.operation, candidate.variables),
    candidate.data,
    candidate.privacy.schema.getRootType(candidate.operation.operation),
  );
  const withheld = withheldFields(walk, candidate.errors);
  // A refusal about a child is recorded too, as NEN 7513 records access attempts: probing a child's
  // data leaves a trace in that child's log even when nothing was released.
  if (walk.released.size === 0 && ![...withheld.keys()].some((subject) => subject !== null)) return [];
  const { caller } = candidate.context;
  const activity = register.activityFor(caller.purpose);
  const { traceId, spanId } = traceIds(caller.traceparent);
  const subjects = new Set<Subject>([...walk.released.keys(), ...withheld.keys()]);
  if (walk.released.size === 0) subjects.delete(null);
  return [...subjects].map((childId) => {
    const fieldsReleased = [...(walk.released.get(childId) ?? [])].sort();
    const fieldsWithheld = [...(withheld.get(childId) ?? [])].sort();
    return {
      recordId: newId(),
      recordedAt: now.toISOString(),
      traceId,
      spanId,
      professional: caller.professional,
      organisation: caller.organisation,
      role: caller.role,
      purpose: caller.purpose,
      activityId: activity.id,
      childId,
      fieldsReleased,
      fieldsWithheld,
      outcome: outcomeOf(fieldsReleased.length, fieldsWithheld.length),
    };
  });
}
