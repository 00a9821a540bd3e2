import { covenantOrganisations } from '../../../schema/covenant.ts';
import { rulesFor } from '../../../schema/decide.ts';
import { ROLE_ORGANISATION_TYPES } from '../../../schema/roleOrganisations.ts';
import { PURPOSES, ROLES } from '../../../schema/vocabulary.ts';
import type { SchemaFacts } from './schemaFacts.ts';
import type { Caller } from './target.ts';

const unconditional = (rule: { when: readonly string[]; minPhase: number | null }) => rule.when.length === 0 && rule.minPhase === null;

/**
 * Callers the gateway would let through to these `Child` fields (role and purpose have rules) but
 * whose every rule needs a per-child fact that does not hold: an organisation other than the
 * holder, with no case and no consent. One per role, with the purpose that reaches the most
 * fields. The subgraph must refuse each without asking its partner.
 */
export function conditionalCallers(facts: SchemaFacts, holder: string): { caller: Caller; fields: string[] }[] {
  const callers: { caller: Caller; fields: string[] }[] = [];
  for (const role of ROLES) {
    const organisation = covenantOrganisations().find((org) => org.id !== holder && ROLE_ORGANISATION_TYPES[role].includes(org.type));
    if (!organisation) continue;
    let best: { caller: Caller; fields: string[] } | null = null;
    for (const purpose of PURPOSES) {
      const fields = facts.childFields.filter((field) => {
        const candidates = rulesFor(facts.policies.fields.get(`Child.${field.name}`) ?? [], { role, purpose });
        return candidates.length > 0 && !candidates.some(unconditional);
      });
      if (fields.length > (best?.fields.length ?? 0)) best = { caller: { role, organisation: organisation.id, purpose }, fields: fields.map((f) => f.selection) };
    }
    if (best) callers.push(best);
  }
  return callers;
}

/** The holder's own role and the purpose under which its own records release the most `Child` fields. */
export function holderCaller(facts: SchemaFacts, holder: string): { caller: Caller; fields: string[] } | null {
  const organisation = covenantOrganisations().find((org) => org.id === holder);
  let best: { caller: Caller; fields: string[] } | null = null;
  for (const role of facts.holderRoles.filter((r) => organisation && ROLE_ORGANISATION_TYPES[r].includes(organisation.type))) {
    for (const purpose of PURPOSES) {
      const fields = facts.childFields.filter((field) =>
        rulesFor(facts.policies.fields.get(`Child.${field.name}`) ?? [], { role, purpose }).some((rule) => rule.minPhase === null && rule.when.every((c) => c === 'OWN_ORGANISATION')),
      );
      if (fields.length > (best?.fields.length ?? 0)) best = { caller: { role, organisation: holder, purpose }, fields: fields.map((f) => f.selection) };
    }
  }
  return best;
}

/** The organisation holding the most of the held children, and those children. */
export function largestHolder(held: ReadonlyMap<string, string>): { holder: string; children: string[] } | null {
  const byHolder = new Map<string, string[]>();
  for (const [child, holder] of held) byHolder.set(holder, [...(byHolder.get(holder) ?? []), child]);
  const [holder, children] = [...byHolder.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  return holder && children ? { holder, children } : null;
}

export const entities = (childIds: readonly string[], selection: readonly string[]) =>
  `{ _entities(representations: [${childIds.map((id) => `{ __typename: "Child", id: "${id}" }`).join(', ')}]) { ... on Child { ${selection.join(' ')} } } }`;
