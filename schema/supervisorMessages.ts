/**
 * The messages a process of the hub and the supervisor of `npm start` exchange over Node's IPC
 * channel. Stdout stays for people (and for structured logs): a child reports its URL here, so
 * a process on port 0 is found without parsing what it prints and without a port race.
 */

/** Where a component is in its life, as the supervisor sees it. */
export type ProcessStateName = 'starting' | 'running' | 'restarting' | 'stopping' | 'stopped';

export interface ProcessState {
  state: ProcessStateName;
  /** The operating system's process id, null between two processes. */
  pid: number | null;
  /** How often the supervisor has restarted it since `npm start`. */
  restarts: number;
}

/** From a child to the supervisor. */
export type ChildMessage =
  /** Listening, at this URL (its `/health` is beside it). */
  | { type: 'ready'; url: string }
  /** The peer URLs of a `peers` message are in its environment now. */
  | { type: 'peers-applied' };

/** From the supervisor to a child. */
export type SupervisorMessage =
  /**
   * URLs of processes that started after this one (casus asks the partner subgraphs, which need
   * casus's URL to start). Only settings read per request take effect this way.
   */
  | { type: 'peers'; env: Record<string, string> }
  /** Every component's state, for the gateway's `/health`. */
  | { type: 'processes'; processes: Record<string, ProcessState> };

/** The settings a `peers` message may set: URLs of other processes of the hub, nothing else. */
export const PEER_SETTING = /^(SUBGRAPH_[A-Z]+_URL|CASUS_URL|KETENGRAAF_GATEWAY_URL)$/;

const typeOf = (value: unknown): unknown => (typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined);

/** A message from the supervisor, or null for anything else on the channel. */
export function supervisorMessage(value: unknown): SupervisorMessage | null {
  const type = typeOf(value);
  return type === 'peers' || type === 'processes' ? (value as SupervisorMessage) : null;
}

/** A message from a child, or null for anything else on the channel. */
export function childMessage(value: unknown): ChildMessage | null {
  const type = typeOf(value);
  if (type === 'ready') return typeof (value as { url?: unknown }).url === 'string' ? (value as ChildMessage) : null;
  return type === 'peers-applied' ? (value as ChildMessage) : null;
}
