import { loadForChild, resolveChildReference } from '../kit/childRecords.ts';
import type { Resolvers } from './__generated__/resolvers.ts';

/** Maps the partner's format onto the graph. Privacy is decided by the kit's guard before these run. */
export const jeugdhulpResolvers: Resolvers = {
  Child: {
    __resolveReference: resolveChildReference,
    jeugdhulpSummary: (child, _args, { partner, loaders }) => loadForChild(partner.index, child.id, loaders.summary),
  },
  JeugdhulpSummary: {
    recordedOn: (record) => record.recordedOn,
    kind: (record) => record.kind,
  },
};
