import { fail, notYet, pass, releasesNothing, type Check } from '../check.ts';
import { conditionalCallers, entities, holderCaller, largestHolder } from '../callerChoice.ts';
import { queryAs } from '../target.ts';

const total = (calls: Record<string, number>) => Object.values(calls).reduce((sum, n) => sum + n, 0);

/** Per-child rules are decided before the partner is asked: a refused caller costs no partner call. */
export const perChildCheck: Check = async (state) => {
  if (releasesNothing(state)) return notYet('per-child');
  const [child, holder] = [...state.held.entries()][0] ?? [];
  const choices = state.facts && holder ? conditionalCallers(state.facts, holder) : [];
  if (!child || choices.length === 0) return fail('per-child', 'no held child, or no rule with a per-child condition to test');
  for (const choice of choices) {
    state.target.proxy.resetCalls();
    const answer = await queryAs(state.target, choice.caller, entities([child], choice.fields));
    const calls = state.target.proxy.calls();
    const released = Object.entries(answer.body.data?._entities?.[0] ?? {}).filter(([, value]) => value !== null).map(([name]) => name);
    const refusals = (answer.body.errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN_FIELD').length;
    const who = `${choice.caller.role} of ${choice.caller.organisation} for ${choice.caller.purpose}`;
    if (released.length > 0) return fail('per-child', `${who} got ${released.join(', ')} of a child held by ${holder}`);
    if (refusals < choice.fields.length) return fail('per-child', `${who}: ${refusals} FORBIDDEN_FIELD errors for ${choice.fields.length} refused fields`);
    if (total(calls) > 0) return fail('per-child', `${who}: the partner was asked before the refusal: ${JSON.stringify(calls)}`);
  }
  return pass('per-child', `${choices.length} caller(s) without the per-child facts (${choices.map((c) => c.caller.role).join(', ')}): all refused, no partner call`);
};

/** A list of N children costs what one child costs: one partner call per resource, not one per child. */
export const batchingCheck: Check = async (state) => {
  if (releasesNothing(state)) return notYet('batching');
  const group = largestHolder(state.held);
  const choice = state.facts && group ? holderCaller(state.facts, group.holder) : null;
  if (!group || !choice || group.children.length < 2) return fail('batching', 'fewer than two children of one holder to list');
  const children = group.children.slice(0, 20);
  state.target.proxy.resetCalls();
  const one = await queryAs(state.target, choice.caller, entities(children.slice(0, 1), choice.fields));
  const single = state.target.proxy.calls();
  state.target.proxy.resetCalls();
  const many = await queryAs(state.target, choice.caller, entities(children, choice.fields));
  const batch = state.target.proxy.calls();
  if (one.body.errors || many.body.errors) return fail('batching', `the holder's own fields failed: ${(many.body.errors ?? one.body.errors)?.[0]?.message}`);
  const over = Object.entries(batch).filter(([path, n]) => n > Math.max(1, single[path] ?? 0));
  if (total(batch) === 0) return fail('batching', 'the partner was not asked at all');
  if (over.length > 0) return fail('batching', `${children.length} children cost ${over.map(([path, n]) => `${n} calls to ${path}`).join(', ')} (one child: ${JSON.stringify(single)})`);
  return pass('batching', `${children.length} children, ${choice.fields.length} field(s): ${Object.keys(batch).length} partner resource(s), one call each`);
};
