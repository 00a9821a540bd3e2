import { Kind, type DocumentNode } from 'graphql';

/**
 * Whether a document asks only for the schema: every operation selects nothing but `__schema`,
 * `__type` and `__typename` at its root. Such an operation reads the API schema (public, and in
 * the repository), never a partner or a child, so it gets its own, larger depth and cost budget:
 * enough for an explorer's standard introspection query, still bounded, because introspection
 * types nest without end (`fields { type { fields ... } } }` multiplies like any list).
 */
export function introspectionOnly(document: DocumentNode): boolean {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  return (
    operations.length > 0 &&
    operations.every((operation) =>
      operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && ['__schema', '__type', '__typename'].includes(s.name.value)),
    )
  );
}
