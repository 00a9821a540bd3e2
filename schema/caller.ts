import type { Purpose, Role } from './vocabulary.ts';

/** The verified caller of one request: who, for which organisation, in which role, and why. */
export interface Caller {
  /** The professional's id (`sub` of the bearer token). */
  professional: string;
  /** The organisation the professional acts for. */
  organisation: string;
  role: Role;
  purpose: Purpose;
  /** W3C trace context of the request, passed on to every subgraph and the processing log. */
  traceparent: string;
}
