import type { Resolvers } from './__generated__/resolvers.ts';
import { childResolvers, organisationResolvers, professionalResolvers } from './entityResolvers.ts';
import { mutationResolvers } from './mutationResolvers.ts';
import { queryResolvers } from './queryResolvers.ts';
import { typeResolvers } from './typeResolvers.ts';

export const casusResolvers: Resolvers = {
  Query: queryResolvers,
  Mutation: mutationResolvers,
  Child: childResolvers,
  Organisation: organisationResolvers,
  Professional: professionalResolvers,
  ...typeResolvers,
};
