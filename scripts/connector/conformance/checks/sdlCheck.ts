import { CONTEXT_HEADER } from '../../../../schema/callerContext.ts';
import { fail, pass, type Check } from '../check.ts';
import { schemaFacts } from '../schemaFacts.ts';
import { send, sign } from '../target.ts';

const PRIVACY_LINK = /@link\(\s*url:\s*"https:\/\/ketengraaf\.nl\/privacy\/v1\.0"[^)]*"@privacy"/;

/** `_service { sdl }` links the covenant's privacy directive, keeps it in composition, and every personal field of `Child` and `Organisation` carries a rule (default deny). */
export const sdlCheck: Check = async (state) => {
  const token = await sign(state.target, { role: 'CASE_DIRECTOR', organisation: 'gemeente-demo', purpose: 'CASE_DISCUSSION' });
  const answer = await send(state.target, { headers: { [CONTEXT_HEADER]: token }, query: '{ _service { sdl } }' });
  const sdl = answer.body.data?._service?.sdl;
  if (typeof sdl !== 'string') return fail('sdl', `_service { sdl } did not answer (HTTP ${answer.status})`);
  if (!PRIVACY_LINK.test(sdl) || !/@composeDirective\(name:\s*"@privacy"\)/.test(sdl)) return fail('sdl', 'the SDL does not @link https://ketengraaf.nl/privacy/v1.0 with @privacy and keep it with @composeDirective');
  let facts;
  try {
    facts = schemaFacts(sdl);
  } catch (error) {
    return fail('sdl', `the SDL's @privacy rules do not parse: ${error instanceof Error ? error.message : String(error)}`);
  }
  state.facts = facts;
  if (facts.unruled.length > 0) return fail('sdl', `fields without a @privacy rule (released to nobody): ${facts.unruled.join(', ')}`);
  if (facts.childFields.length === 0) return fail('sdl', 'the subgraph contributes no field to Child');
  return pass('sdl', `links @privacy; ${facts.childFields.length} Child field(s), every personal field with a rule`);
};
