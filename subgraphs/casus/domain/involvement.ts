import { refuse } from '../casusErrors.ts';
import type { Involvement } from '../involvementSource.ts';
import type { InvolvementRecord, SignalRecord } from '../records.ts';
import { requireText } from './validate.ts';

/** Shortest stated reason: a word or two is not a reason a privacy officer can review. */
const MIN_REASON_LENGTH = 10;

/**
 * Decides what a signal's involvement rests on (Verwijsindex: only an organisation actually
 * involved with a child may signal it). An organisation with a system of record in the hub may
 * signal only when that system holds the child's record for it; the municipality, which has none
 * here, signals with a stated reason that is kept and shown to the privacy officer. The refusal
 * reads the same whether or not the partner knows the child at all.
 */
export function involvementFor(involvement: Involvement, statedReason: string | null | undefined, action: string): InvolvementRecord {
  switch (involvement.kind) {
    case 'INVOLVED':
      return { basis: 'SYSTEM_OF_RECORD', subgraph: involvement.subgraph };
    case 'NOT_INVOLVED':
      throw refuse(
        'NOT_INVOLVED',
        `Your organisation's system of record (${involvement.subgraph}) does not show it as involved with this child, so you may not ${action}. ` +
          'Involvement is an enrolment, placement, JGZ client or file there; a new one reaches the hub at the next index refresh.',
      );
    case 'NO_SYSTEM': {
      if (!statedReason || statedReason.trim().length < MIN_REASON_LENGTH) {
        throw refuse(
          'STATED_REASON_REQUIRED',
          `Your organisation has no system of record in the hub, so to ${action} you state why it is involved (statedReason, at least ${MIN_REASON_LENGTH} characters); the privacy officer sees it.`,
        );
      }
      return { basis: 'STATED_REASON', reason: requireText(statedReason, 'statedReason', 500) };
    }
  }
}

/** A signal whose involvement its organisation's system of record confirmed. */
export const verifiedSignal = (signal: SignalRecord) => signal.involvement?.basis === 'SYSTEM_OF_RECORD';
