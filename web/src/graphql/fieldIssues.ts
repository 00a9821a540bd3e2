import type { CombinedError } from '@urql/core';
import { isPurpose, type Purpose } from '../i18n/vocabulary.ts';

/** Why a field of the answer is empty, as the gateway or a subgraph said it (never its data). */
export type FieldIssue =
  | { kind: 'forbidden'; path: readonly (string | number)[]; field: string; message: string; releasedForPurposes: Purpose[] | null; requirement: string | null }
  | { kind: 'unavailable'; path: readonly (string | number)[]; message: string; source: string | null }
  | { kind: 'other'; path: readonly (string | number)[]; message: string; code: string | null };

/** Every error of an answer as a field issue, with the path it applies to. */
export function fieldIssues(error: CombinedError | undefined): FieldIssue[] {
  return (error?.graphQLErrors ?? []).map((e): FieldIssue => {
    const extensions = (e.extensions ?? {}) as Record<string, unknown>;
    const path = e.path ?? [];
    const code = typeof extensions.code === 'string' ? extensions.code : null;
    if (code === 'FORBIDDEN_FIELD') {
      const released = Array.isArray(extensions.releasedForPurposes) ? extensions.releasedForPurposes.filter(isPurpose) : null;
      const requirement = /it requires (.*)\.$/.exec(e.message)?.[1] ?? null;
      return { kind: 'forbidden', path, field: String(extensions.field ?? path.at(-1) ?? ''), message: e.message, releasedForPurposes: released, requirement };
    }
    if (code === 'SUBGRAPH_UNAVAILABLE' || code === 'PARTNER_UNAVAILABLE') {
      const source = typeof extensions.subgraph === 'string' ? extensions.subgraph : typeof extensions.serviceName === 'string' ? extensions.serviceName : null;
      return { kind: 'unavailable', path, message: e.message, source };
    }
    return { kind: 'other', path, message: e.message, code };
  });
}

/** The issues at or below one path (`['child', 'schoolAbsences']`). */
export const issuesAt = (issues: readonly FieldIssue[], prefix: readonly (string | number)[]) =>
  issues.filter((issue) => prefix.every((part, index) => issue.path[index] === part));

/** An error of the whole request (no path): not signed in, no purpose, the gateway down. */
export function requestFailure(error: CombinedError | undefined): string | null {
  if (!error) return null;
  if (error.networkError) return `De gateway is niet bereikbaar: ${error.networkError.message}`;
  const general = error.graphQLErrors.find((e) => !e.path || e.path.length === 0);
  return general ? general.message : null;
}
