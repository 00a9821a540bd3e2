import { CONTEXT_HEADER, GRANTS_HEADER, INVOLVEMENT_HEADER, subgraphAudience } from '../../../../schema/callerContext.ts';
import { signCallerContext } from '../../../../schema/callerContext.ts';
import { fail, notYet, pass, type Check, type SuiteState } from '../check.ts';
import { expiredContext, narrowAudiences, send, sign, type Caller } from '../target.ts';

const caller: Caller = { role: 'CASE_DIRECTOR', organisation: 'gemeente-demo', purpose: 'CASE_DISCUSSION' };

/** Every kind of context someone past the gateway could hold or make, each sent in every context header at once. */
async function contexts(state: SuiteState): Promise<Record<string, string | null>> {
  const { target } = state;
  const audiences = narrowAudiences(target);
  return {
    none: null,
    forged: await signCallerContext({ ...caller, professional: 'forger' }, target.forgerKey, subgraphAudience(target.subgraph)),
    expired: await expiredContext(target, caller),
    "another subgraph's": await sign(target, caller, subgraphAudience(`not-${target.subgraph}`)),
    'grants-only': await sign(target, caller, audiences.grants),
    'involvement-only': await sign(target, caller, audiences.involvement),
    "another subgraph's involvement-only": await sign(target, caller, audiences.otherInvolvement),
  };
}

const headers = (token: string | null): Record<string, string> => (token ? { [CONTEXT_HEADER]: token, [GRANTS_HEADER]: token, [INVOLVEMENT_HEADER]: token } : {});
const refused = (answer: { status: number; body: { data?: unknown } }) => answer.body.data === undefined || answer.body.data === null;

/** `/graphql` refuses every request without a valid context for this subgraph, over GET and POST, and GET even with one. */
export const contextCheck: Check = async (state) => {
  const served: string[] = [];
  const query = '{ _service { sdl } }';
  for (const [kind, token] of Object.entries(await contexts(state))) {
    for (const method of ['GET', 'POST'] as const) {
      const answer = await send(state.target, { method, headers: headers(token), query });
      if (!refused(answer) || answer.status < 400) served.push(`${method} with ${kind} context (HTTP ${answer.status})`);
    }
  }
  const full = await send(state.target, { method: 'GET', headers: headers(await sign(state.target, caller)), query });
  if (!refused(full)) served.push('GET with a valid context');
  const post = await send(state.target, { headers: headers(await sign(state.target, caller)), query });
  if (refused(post)) return fail('contexts', `POST with a valid context is refused too (HTTP ${post.status})`);
  return served.length === 0 ? pass('contexts', '7 kinds of invalid context refused over GET and POST; GET refused with a valid one') : fail('contexts', `answered: ${served.join('; ')}`);
};

/** `POST /involvement` answers only the involvement-only context addressed to this subgraph, and only over POST. */
export const involvementCheck: Check = async (state) => {
  const body = { childIds: [[...state.held.keys()][0] ?? 'ch_AAAAAAAAAAAAAAAAAAAAAAAAAAA'] };
  const all = await contexts(state);
  const accepted: string[] = [];
  for (const [kind, token] of Object.entries({ ...all, 'full /graphql': await sign(state.target, caller) })) {
    if (kind === 'involvement-only') continue;
    const answer = await send(state.target, { path: '/involvement', headers: headers(token), body });
    if (!refused(answer)) accepted.push(kind);
  }
  const get = await send(state.target, { path: '/involvement', method: 'GET', headers: headers(all['involvement-only'] ?? null) });
  if (!refused(get)) accepted.push('GET with the involvement-only context');
  const right = await send(state.target, { path: '/involvement', headers: headers(all['involvement-only'] ?? null), body });
  // A subgraph that is no organisation's system of record (recordsOf null) serves no /involvement.
  if (right.status === 404 && accepted.length === 0) return notYet('involvement', 'no POST /involvement: not a system of record');
  if (!Array.isArray(right.body.data) || right.body.data.length !== 1) return fail('involvement', `the involvement-only context addressed here is not answered with one boolean per child (HTTP ${right.status})`);
  return accepted.length === 0 ? pass('involvement', 'answers only its own involvement-only context, over POST') : fail('involvement', `also answered: ${accepted.join('; ')}`);
};
