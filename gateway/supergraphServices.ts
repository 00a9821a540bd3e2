import { Kind, parse, valueFromASTUntyped } from 'graphql';

/** The subgraphs a supergraph names (`join__Graph`), with the URL composition recorded for each. */
export function supergraphServices(supergraphSdl: string): { name: string; url: string }[] {
  const services: { name: string; url: string }[] = [];
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const graph = value.directives?.find((d) => d.name.value === 'join__graph');
      const args = Object.fromEntries((graph?.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)]));
      if (typeof args.name === 'string' && typeof args.url === 'string') services.push({ name: args.name, url: args.url });
    }
  }
  return services;
}

/** A subgraph's health URL, beside its GraphQL endpoint. */
export const healthUrlOf = (graphqlUrl: string) => new URL('/health', graphqlUrl).toString();
