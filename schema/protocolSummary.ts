import type { ReleaseRule } from './policy.ts';
import { compactFields, conditionCell, type RuleGroup } from './protocolRules.ts';
import { PURPOSES, type Role } from './vocabulary.ts';

const CATEGORY_SHORT: Record<string, string> = {
  ORDINARY: 'ordinary',
  SPECIAL_CATEGORY: 'art. 9',
  CRIMINAL: 'art. 10',
  POLICE_DATA: 'Wpg',
};

/**
 * One page per role: for each purpose, what the role may see and under which per-child
 * conditions, fields with the same conditions listed together. The detail (legal basis per rule)
 * follows in the field sections.
 */
export function roleSummary(role: Role, groups: readonly RuleGroup[]): string[] {
  const rows = new Map<string, { purpose: string; conditions: string; categories: Set<string>; coordinates: string[] }>();
  for (const group of groups) {
    for (const rule of group.rules.filter((r: ReleaseRule) => r.roles.includes(role))) {
      for (const purpose of rule.purposes) {
        const conditions = conditionCell(rule);
        const key = `${PURPOSES.indexOf(purpose)}|${conditions}`;
        const row = rows.get(key) ?? { purpose, conditions, categories: new Set<string>(), coordinates: [] };
        row.categories.add(CATEGORY_SHORT[rule.category] ?? rule.category);
        for (const coordinate of group.coordinates) if (!row.coordinates.includes(coordinate)) row.coordinates.push(coordinate);
        rows.set(key, row);
      }
    }
  }
  const out = [`### ${role}`, ''];
  if (rows.size === 0) return [...out, 'No personal data on the graph.', ''];
  out.push('| purpose | when (per child) | category | fields |', '|---|---|---|---|');
  const sorted = [...rows.entries()].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
  for (const [, row] of sorted) {
    out.push(`| ${row.purpose} | ${row.conditions} | ${[...row.categories].sort().join(', ')} | ${compactFields(row.coordinates)} |`);
  }
  return [...out, ''];
}
