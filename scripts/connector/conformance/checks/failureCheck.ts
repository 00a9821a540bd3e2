import { fail, notYet, pass, releasesNothing, type Check, type SuiteState } from '../check.ts';
import { entities, holderCaller } from '../callerChoice.ts';
import type { ProxyMode } from '../recordingProxy.ts';
import { queryAs } from '../target.ts';

/** How much longer than the partner timeout an answer may take (the subgraph's own work, a slow machine). */
const SLACK_MS = 5000;

async function underFailure(state: SuiteState, mode: ProxyMode): Promise<string | null> {
  const [child, holder] = [...state.held.entries()][0] ?? [];
  const choice = state.facts && holder ? holderCaller(state.facts, holder) : null;
  if (!child || !choice) return 'no held child to ask for';
  state.target.proxy.mode = mode;
  try {
    const deadline = state.target.partnerTimeoutMs + SLACK_MS;
    const answer = await queryAs(state.target, choice.caller, entities([child], choice.fields), deadline).catch(() => null);
    if (!answer) return `no answer within ${deadline} ms with a partner that ${mode === 'hang' ? 'hangs' : 'fails'}`;
    const errors = answer.body.errors ?? [];
    const typed = errors.filter((e) => e.extensions?.code === 'PARTNER_UNAVAILABLE' && e.extensions?.subgraph === state.target.subgraph);
    if (typed.length === 0) return `a partner that ${mode === 'hang' ? 'hangs' : 'fails'} gave ${errors.length ? errors.map((e) => e.extensions?.code ?? e.message).join(', ') : 'no error'}, not PARTNER_UNAVAILABLE tagged with subgraph ${state.target.subgraph}`;
    const values = Object.values(answer.body.data?._entities?.[0] ?? {}).filter((value) => value !== null && !(Array.isArray(value) && value.length === 0));
    return values.length > 0 ? 'values came back although the partner failed' : null;
  } finally {
    state.target.proxy.mode = 'pass';
  }
}

/** A partner that fails, or hangs, gives a typed error tagged with the subgraph's name, within the partner timeout. */
export const failureCheck: Check = async (state) => {
  if (releasesNothing(state)) return notYet('partner-failure');
  const problem = (await underFailure(state, 'fail')) ?? (await underFailure(state, 'hang'));
  return problem ? fail('partner-failure', problem) : pass('partner-failure', `failing and hanging partner: PARTNER_UNAVAILABLE tagged ${state.target.subgraph}, within ${state.target.partnerTimeoutMs} ms + ${SLACK_MS} ms`);
};
