import { Kind, type DocumentNode } from 'graphql';
import { ruleNeeds } from './decide.ts';
import type { PolicyMap, ReleaseRule } from './policy.ts';

/** A set of fields that share exactly the same rules: reviewed once, not once per field. */
export interface RuleGroup {
  /** `Type.field` coordinates, sorted. */
  coordinates: string[];
  rules: readonly ReleaseRule[];
}

const ruleKey = (rules: readonly ReleaseRule[]) => JSON.stringify(rules);

/** Groups the protected fields (those with personal data) by type and identical rule set. */
export function ruleGroups(policies: PolicyMap): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  const personal = [...policies.fields.entries()].filter(([, rules]) => rules.some((rule) => rule.category !== 'PUBLIC'));
  for (const [coordinate, rules] of personal.sort(([a], [b]) => a.localeCompare(b))) {
    const key = `${coordinate.split('.')[0]}|${ruleKey(rules)}`;
    const group = groups.get(key) ?? { coordinates: [], rules };
    group.coordinates.push(coordinate);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Per-child conditions of a rule, all of which must hold, as one table cell. */
export const conditionCell = (rule: ReleaseRule) => {
  const needs = ruleNeeds(rule);
  return needs.length === 0 ? 'none' : needs.join(' **and** ');
};

/** `Case.child`, `Case.phase` → `Case.{child, phase}`: a compact list for summaries. */
export function compactFields(coordinates: readonly string[]): string {
  const byType = new Map<string, string[]>();
  for (const coordinate of coordinates) {
    const [type = '', field = ''] = coordinate.split('.');
    byType.set(type, [...(byType.get(type) ?? []), field]);
  }
  return [...byType.entries()]
    .map(([type, fields]) => (fields.length === 1 ? `\`${type}.${fields[0]}\`` : `\`${type}.{${fields.sort().join(', ')}}\``))
    .join(', ');
}

/** The SDL description of a field, on one line, or ''. */
export function descriptionOf(document: DocumentNode, coordinate: string): string {
  const [typeName, fieldName] = coordinate.split('.');
  for (const definition of document.definitions) {
    if ((definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.INTERFACE_TYPE_DEFINITION) && definition.name.value === typeName) {
      const field = definition.fields?.find((f) => f.name.value === fieldName);
      if (field?.description) return field.description.value.replace(/\s+/g, ' ').trim();
    }
  }
  return '';
}

export const cell = (text: string) => text.replace(/\|/g, '\\|');
