import type { Caller } from './caller.ts';
import type { PolicyMap, ReleaseRule } from './policy.ts';
import { RELEASE_CONDITIONS, type Purpose, type ReleaseCondition } from './vocabulary.ts';

/**
 * The one place that decides releases. The gateway calls `fieldAccess` and `rulesFor` before
 * planning (role and purpose are known per request); every subgraph calls `decideForChild` before
 * it asks its partner (the per-child conditions are known only there). Nothing is decided twice
 * in two ways.
 */

/** What the hub knows about one child for one caller, from the casus subgraph's grants. */
export interface ChildFacts {
  /** The caller's organisation holds the record at this partner. */
  ownOrganisation: boolean;
  /** The caller's organisation takes part in an open case of the child. */
  caseParticipant: boolean;
  /** AVE phase of the child's open case, or null when there is none. */
  casePhase: number | null;
  /** A valid consent exists for this child, the request's purpose and the caller's organisation. */
  consent: boolean;
  /** The caller's organisation operates the hub (`hubOperatorId`); known without asking casus. */
  hubOperator: boolean;
}

export type FieldAccess =
  | { kind: 'public' }
  | { kind: 'rules'; rules: readonly ReleaseRule[] }
  /** Personal data without any rule: released to nobody (default deny). */
  | { kind: 'undeclared' };

/** How a field is governed, by its own rules, its type being public, or not at all. */
export function fieldAccess(policies: PolicyMap, typeName: string, fieldName: string): FieldAccess {
  const rules = policies.fields.get(`${typeName}.${fieldName}`);
  if (rules && rules.length > 0) {
    return rules.every((rule) => rule.category === 'PUBLIC') ? { kind: 'public' } : { kind: 'rules', rules };
  }
  // `id` is the hub pseudonym or an organisation code: the graph's key, never content.
  // `__typename` and introspection describe the schema, not a person.
  if (fieldName.startsWith('__') || fieldName === 'id' || policies.publicTypes.has(typeName)) return { kind: 'public' };
  return { kind: 'undeclared' };
}

/** The rules that may release a field to this role for this purpose; empty means denied outright. */
export function rulesFor(rules: readonly ReleaseRule[], caller: Pick<Caller, 'role' | 'purpose'>): ReleaseRule[] {
  return rules.filter(
    (rule) => rule.category === 'PUBLIC' || (rule.roles.includes(caller.role) && rule.purposes.includes(caller.purpose)),
  );
}

/** Purposes for which some rule would release the field to this role: what a denied caller can act on. */
export function purposesFor(rules: readonly ReleaseRule[], role: Caller['role']): Purpose[] {
  return [...new Set(rules.filter((rule) => rule.roles.includes(role)).flatMap((rule) => rule.purposes))];
}

const conditionHolds = (condition: ReleaseCondition, facts: ChildFacts): boolean => {
  switch (condition) {
    case 'OWN_ORGANISATION':
      return facts.ownOrganisation;
    case 'CASE_PARTICIPANT':
      return facts.caseParticipant;
    case 'CONSENT':
      return facts.consent;
    case 'HUB_OPERATOR':
      return facts.hubOperator;
  }
};

/** Whether a rule's per-child conditions hold. */
export function ruleHolds(rule: ReleaseRule, facts: ChildFacts): boolean {
  if (!rule.when.every((condition) => conditionHolds(condition, facts))) return false;
  return rule.minPhase === null || (facts.casePhase !== null && facts.casePhase >= rule.minPhase);
}

const conditionText: Record<ReleaseCondition, string> = {
  OWN_ORGANISATION: "your organisation's own record",
  CASE_PARTICIPANT: "your organisation taking part in the child's open case",
  CONSENT: 'valid consent for this purpose and your organisation',
  HUB_OPERATOR: "your organisation being the hub's operator (the covenant's municipality)",
};

/** The per-child conditions of one rule, each in words a professional can act on. */
export function ruleNeeds(rule: ReleaseRule): string[] {
  const inOrder = [...rule.when].sort((a, b) => RELEASE_CONDITIONS.indexOf(a) - RELEASE_CONDITIONS.indexOf(b));
  const needs = inOrder.map((condition) => conditionText[condition]);
  if (rule.minPhase !== null) needs.push(`the child's open case at AVE phase ${rule.minPhase} or higher`);
  return needs;
}

/** What a rule needs, all of it together; never the child's actual facts. */
export function describeRule(rule: ReleaseRule): string {
  const needs = ruleNeeds(rule);
  return needs.length > 0 ? needs.join(' and ') : 'no further condition';
}

/** Alternatives, grouped so "and" never reads across an "or": "(A and B) or (C)". */
export function describeRules(rules: readonly ReleaseRule[]): string {
  const each = rules.map(describeRule);
  return each.length === 1 ? (each[0] ?? '') : each.map((text) => `(${text})`).join(' or ');
}

export type ChildDecision = { released: true; rule: ReleaseRule } | { released: false; requirement: string };

/** Decides one field for one child: released under the first rule that holds, or what is missing. */
export function decideForChild(
  rules: readonly ReleaseRule[],
  caller: Pick<Caller, 'role' | 'purpose'>,
  facts: ChildFacts,
): ChildDecision {
  const candidates = rulesFor(rules, caller);
  const rule = candidates.find((candidate) => ruleHolds(candidate, facts));
  if (rule) return { released: true, rule };
  if (candidates.length === 0) return { released: false, requirement: `a role and purpose this field is released to` };
  return { released: false, requirement: describeRules(candidates) };
}
