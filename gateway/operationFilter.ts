import {
  Kind,
  getNamedType,
  isAbstractType,
  isObjectType,
  type GraphQLCompositeType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type GraphQLError,
  type SelectionSetNode,
} from 'graphql';
import type { Caller } from '../schema/caller.ts';
import { decideField, type PrivacySchema } from './fieldDecision.ts';
import { pruneUnused } from './pruneUnused.ts';

/** Aliases the gateway adds to every selection; clients may not use the prefix. */
export const RESERVED_ALIAS_PREFIX = 'kg__';
export const TYPE_ALIAS = `${RESERVED_ALIAS_PREFIX}type`;
export const CHILD_ALIAS = `${RESERVED_ALIAS_PREFIX}child`;
export const SUBJECT_ALIAS = `${RESERVED_ALIAS_PREFIX}subject`;

export interface FilteredOperation {
  /** The document to plan and execute: forbidden fields removed, bookkeeping fields added. */
  document: DocumentNode;
  /** Removed fields of the original document, with the error to report at each response path. */
  removed: ReadonlyMap<FieldNode, () => GraphQLError>;
}

/** A client alias in the gateway's reserved namespace would let it spoof the bookkeeping: refused. */
export function usesReservedAlias(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.alias?.value.startsWith(RESERVED_ALIAS_PREFIX)) found = true;
    },
  });
  return found;
}

const aliased = (alias: string, name: string, selections?: FieldNode[]): FieldNode => ({
  kind: Kind.FIELD,
  alias: { kind: Kind.NAME, value: alias },
  name: { kind: Kind.NAME, value: name },
  ...(selections ? { selectionSet: { kind: Kind.SELECTION_SET, selections } } : {}),
});

/**
 * For an object about one child that names it in a `child` field (a case, signal, consent or
 * handover), the child's id is fetched too, so the processing log can say whose data a release
 * was even when the client did not select the child. It is released under `child`'s own rules.
 */
function namesItsChild(type: GraphQLCompositeType | null | undefined): boolean {
  const field = type && isObjectType(type) ? type.getFields().child : undefined;
  // `Query.child(id:)` looks a child up; only an argument-free `child` names the object's own child.
  return !!field && field.args.length === 0 && getNamedType(field.type).name === 'Child';
}

/**
 * Removes from an operation every field the caller's role and purpose may not see, before the
 * query is planned, so no subgraph is asked for it (data minimisation). Works on the whole
 * document, so aliases, named and inline fragments and several operations are all covered: a
 * field is decided by its schema coordinate, wherever it appears. Bookkeeping is added only where
 * it is needed to complete the response exactly (`restoreRemovedFields`) and to attribute it per
 * child in the processing log: a `Child`'s id (its pseudonym), the child an object about one child
 * names, and `__typename` where the schema leaves the type open (an interface or union) or where
 * every field of a selection was removed (a selection set may not be empty).
 */
export function filterOperation(privacy: PrivacySchema, document: DocumentNode, caller: Pick<Caller, 'role' | 'purpose'>): FilteredOperation {
  const removed = new Map<FieldNode, () => GraphQLError>();
  const typeInfo = new TypeInfo(privacy.schema);
  const rewritten = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter(node) {
          // Introspection describes the schema, never a person; it is left as asked.
          if (node.name.value.startsWith('__')) return node.selectionSet ? false : undefined;
          const parentType = typeInfo.getParentType();
          if (!parentType) return undefined;
          const decision = decideField(privacy, parentType, node.name.value, caller);
          if (decision.allowed) return undefined;
          removed.set(node, decision.error);
          return null;
        },
      },
      SelectionSet: {
        leave(node): SelectionSetNode {
          const type = typeInfo.getParentType();
          const extra: FieldNode[] = [];
          if (type && isAbstractType(type)) extra.push(aliased(TYPE_ALIAS, '__typename'));
          if (type?.name === 'Child') extra.push(aliased(CHILD_ALIAS, 'id'));
          else if (namesItsChild(type)) extra.push(aliased(SUBJECT_ALIAS, 'child', [aliased(CHILD_ALIAS, 'id')]));
          if (node.selections.length === 0 && extra.length === 0) extra.push(aliased(TYPE_ALIAS, '__typename'));
          return extra.length === 0 ? node : { ...node, selections: [...node.selections, ...extra] };
        },
      },
    }),
  );
  return { document: removed.size > 0 ? pruneUnused(rewritten) : rewritten, removed };
}
