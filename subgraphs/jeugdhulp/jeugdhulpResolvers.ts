import { childrenHeldBy, loadForChild, resolveChildReference, resolveOrganisationReference } from '../kit/childRecords.ts';
import type { Resolvers, YouthCareCategory } from './__generated__/resolvers.ts';

/** iJw productcategorie onto the graph's enum; a code the covenant does not know reads as OTHER. */
const CATEGORY: Record<string, YouthCareCategory> = {
  '41': 'DAY_TREATMENT',
  '43': 'RESIDENTIAL_WITH_TREATMENT',
  '44': 'RESIDENTIAL_WITHOUT_TREATMENT',
  '45': 'AMBULATORY',
  '46': 'CRISIS',
  '50': 'CUSTOM_ARRANGEMENT',
};

/** Maps the iJw messages onto the graph. Privacy is decided by the kit's guard before these run. */
export const jeugdhulpResolvers: Resolvers = {
  Child: {
    __resolveReference: resolveChildReference,
    activeYouthCare: (child, _args, { partner, loaders }) => loadForChild(partner.index, child.id, loaders.trajectory),
  },
  Organisation: {
    __resolveReference: resolveOrganisationReference,
    youthCareClients: (organisation, page, { partner }) => childrenHeldBy(partner.index, organisation.id, page),
  },
  YouthCareTrajectory: {
    provider: (trajectory) => ({ id: trajectory.holderOrganisationId ?? '' }),
    productCategory: (trajectory) => CATEGORY[trajectory.allocation.Product.Categorie] ?? 'OTHER',
    allocatedFrom: (trajectory) => trajectory.allocation.ToewijzingIngangsdatum,
    allocatedUntil: (trajectory) => trajectory.allocation.ToewijzingEinddatum,
    startedOn: (trajectory) => trajectory.startedOn,
  },
};
