import { fragmentsOf } from './operationWalking.ts';
import { Kind, visit, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

/**
 * After fields are removed, fragments and variables may no longer be used; a document that
 * declares them is invalid (NoUnusedFragments, NoUnusedVariables), and the gateway does not
 * validate again. This drops them, per operation, so every operation of the document stays valid.
 */
export function pruneUnused(document: DocumentNode): DocumentNode {
  const fragments = fragmentsOf(document);

  const usage = (node: OperationDefinitionNode | FragmentDefinitionNode) => {
    const spreads = new Set<string>();
    const variables = new Set<string>();
    visit(node.kind === Kind.OPERATION_DEFINITION ? { ...node, variableDefinitions: [] } : node, {
      FragmentSpread: (spread) => void spreads.add(spread.name.value),
      Variable: (variable) => void variables.add(variable.name.value),
    });
    return { spreads, variables };
  };

  const usedFragments = new Set<string>();
  const definitions: DefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const { spreads, variables } = usage(definition);
    const pending = [...spreads];
    const seen = new Set<string>();
    while (pending.length > 0) {
      const name = pending.pop() as string;
      if (seen.has(name)) continue;
      seen.add(name);
      const fragment = fragments.get(name);
      if (!fragment) continue;
      const inner = usage(fragment);
      inner.spreads.forEach((spread) => pending.push(spread));
      inner.variables.forEach((variable) => variables.add(variable));
    }
    seen.forEach((name) => usedFragments.add(name));
    definitions.push({
      ...definition,
      variableDefinitions: definition.variableDefinitions?.filter((v) => variables.has(v.variable.name.value)),
    });
  }
  for (const [name, fragment] of fragments) if (usedFragments.has(name)) definitions.push(fragment);
  return { ...document, definitions };
}
