import { scrub } from './scrub.ts';

/** What a log line keeps of an error. */
export interface SafeError {
  type: string;
  message: string;
  stack?: string;
  /** The project's or the engine's error code (`extensions.code`), or a system error's (`ECONNRESET`). */
  code?: string;
  /** The GraphQL response path the error belongs to. */
  path?: readonly (string | number)[];
  /** The subgraph a gateway error came from (`extensions.serviceName`). */
  serviceName?: string;
  /** The error this one wraps (`originalError`, `cause`), reduced the same way. */
  cause?: SafeError;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * An error reduced for the log: in full as far as diagnosing it goes (type, code, path, message,
 * stack, what it wraps), with every string scrubbed, and nothing else. A GraphQL error from a
 * subgraph call carries the subgraph request (its variables name children) and the response in
 * its extensions: those never reach the log, nor does any other property of an error.
 */
export function safeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error)) return { type: typeof error, message: scrub(String(error)) };
  const extensions = (error as { extensions?: Record<string, unknown> }).extensions ?? {};
  const path = (error as { path?: unknown }).path;
  const inner = (error as { originalError?: unknown }).originalError ?? error.cause;
  const code = text(extensions.code) ?? text((error as { code?: unknown }).code);
  const serviceName = text(extensions.serviceName) ?? text(extensions.subgraph);
  return {
    type: error.name,
    message: scrub(error.message),
    ...(error.stack ? { stack: scrub(error.stack) } : {}),
    ...(code ? { code: scrub(code) } : {}),
    ...(Array.isArray(path) ? { path: path.map((segment: unknown) => (typeof segment === 'number' ? segment : scrub(String(segment)))) } : {}),
    ...(serviceName ? { serviceName } : {}),
    ...(inner !== undefined && inner !== error && depth < 3 ? { cause: safeError(inner, depth + 1) } : {}),
  };
}
