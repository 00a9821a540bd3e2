import { Kind, valueFromASTUntyped, type DirectiveNode, type DocumentNode } from 'graphql';
import {
  DATA_CATEGORIES,
  PURPOSES,
  RELEASE_CONDITIONS,
  ROLES,
  type DataCategory,
  type Purpose,
  type ReleaseCondition,
  type Role,
} from './vocabulary.ts';

/** One `@privacy(...)` application: a rule under which a field is released. */
export interface ReleaseRule {
  category: DataCategory;
  basis: string;
  roles: readonly Role[];
  purposes: readonly Purpose[];
  when: readonly ReleaseCondition[];
  minPhase: number | null;
}

/** The privacy policy of a whole schema, read from its `@privacy` directives. */
export interface PolicyMap {
  /** Release rules per field coordinate (`Type.field`). A field absent here declares no rule. */
  fields: ReadonlyMap<string, readonly ReleaseRule[]>;
  /** Types marked `@privacy(category: PUBLIC)`: their fields are not personal data. */
  publicTypes: ReadonlySet<string>;
}

export const PRIVACY_DIRECTIVE = 'privacy';

function listOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T[] {
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : [value];
  for (const item of items) {
    if (!allowed.includes(item as T)) throw new Error(`@privacy: unknown ${what} "${String(item)}"`);
  }
  return items as T[];
}

/** Parses one `@privacy` directive node into a rule, refusing unknown vocabulary. */
export function ruleFromDirective(node: DirectiveNode): ReleaseRule {
  const args: Record<string, unknown> = {};
  for (const arg of node.arguments ?? []) args[arg.name.value] = valueFromASTUntyped(arg.value);
  const [category] = listOf(args.category, DATA_CATEGORIES, 'category');
  if (!category) throw new Error('@privacy: category is required');
  if (typeof args.basis !== 'string' || args.basis.trim() === '') throw new Error('@privacy: basis is required');
  const minPhase = args.minPhase;
  if (minPhase !== undefined && minPhase !== null && !(Number.isInteger(minPhase) && Number(minPhase) >= 1 && Number(minPhase) <= 4)) {
    throw new Error('@privacy: minPhase must be an AVE phase from 1 to 4');
  }
  return {
    category,
    basis: args.basis,
    roles: listOf(args.roles, ROLES, 'role'),
    purposes: listOf(args.purposes, PURPOSES, 'purpose'),
    when: listOf(args.when, RELEASE_CONDITIONS, 'condition'),
    minPhase: typeof minPhase === 'number' ? minPhase : null,
  };
}

const privacyRules = (directives: readonly DirectiveNode[] | undefined): ReleaseRule[] =>
  (directives ?? []).filter((d) => d.name.value === PRIVACY_DIRECTIVE).map(ruleFromDirective);

/**
 * Reads every `@privacy` application of a schema document: a subgraph's SDL or the supergraph.
 * Rules for one field found in several definitions (type extensions, shared types) are merged.
 */
export function readPolicies(document: DocumentNode): PolicyMap {
  const fields = new Map<string, ReleaseRule[]>();
  const publicTypes = new Set<string>();
  const implementations = new Map<string, Set<string>>();
  for (const definition of document.definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_EXTENSION
    ) {
      continue;
    }
    const typeName = definition.name.value;
    for (const implemented of definition.interfaces ?? []) {
      implementations.set(implemented.name.value, (implementations.get(implemented.name.value) ?? new Set()).add(typeName));
    }
    if (privacyRules(definition.directives).some((rule) => rule.category === 'PUBLIC')) publicTypes.add(typeName);
    for (const field of definition.fields ?? []) {
      const rules = privacyRules(field.directives);
      if (rules.length === 0) continue;
      const coordinate = `${typeName}.${field.name.value}`;
      fields.set(coordinate, [...(fields.get(coordinate) ?? []), ...rules]);
    }
  }
  // A rule on an interface field binds every implementation that states none of its own, so the
  // subgraph guard (which wraps object fields) enforces it too.
  for (const [interfaceName, objects] of implementations) {
    for (const [coordinate, rules] of [...fields]) {
      if (!coordinate.startsWith(`${interfaceName}.`)) continue;
      const fieldName = coordinate.slice(interfaceName.length + 1);
      for (const objectName of objects) {
        if (!fields.has(`${objectName}.${fieldName}`)) fields.set(`${objectName}.${fieldName}`, rules);
      }
    }
  }
  return { fields, publicTypes };
}
