import { covenantOrganisations } from '../../schema/covenant.ts';
import { resolveChildReference, resolveOrganisationReference } from '../kit/childRecords.ts';
import type { ChildResolvers, OrganisationResolvers, ProfessionalResolvers } from './__generated__/resolvers.ts';
import { openCaseOf, takesPart } from './domain/caseAccess.ts';
import { involvedInConsent } from './domain/consent.ts';
import { caseView, consentView, handoverView } from './views.ts';

const organisationOf = (id: string) => {
  const organisation = covenantOrganisations().find((org) => org.id === id);
  if (!organisation) throw new Error(`organisation ${id} is resolved but not in the covenant`);
  return organisation;
};

/** The entities the casus subgraph owns (Organisation, Professional) or extends (Child). */
export const organisationResolvers: OrganisationResolvers = {
  __resolveReference: resolveOrganisationReference,
  name: (organisation) => organisationOf(organisation.id).name,
  type: (organisation) => organisationOf(organisation.id).type,
};

export const professionalResolvers: ProfessionalResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.professional.load(reference.id),
  name: (professional) => professional.name,
  organisation: (professional) => ({ id: professional.organisationId }),
};

/**
 * What casus adds to a child. The guard has decided the field for this child; the resolver then
 * narrows to what concerns the caller's organisation, so nothing of another's is listed.
 */
export const childResolvers: ChildResolvers = {
  __resolveReference: resolveChildReference,
  openCase: async (child, _, { caller, loaders }) => {
    const file = await loaders.file.load(child.id);
    const open = file && openCaseOf(file);
    return open && takesPart(open, caller.organisation) ? caseView(open) : null;
  },
  consents: async (child, _, { caller, partner, loaders }) => {
    const file = await loaders.file.load(child.id);
    const now = partner.now();
    return file ? file.consents.filter((c) => involvedInConsent(c, caller.organisation)).map((c) => consentView(c, file, now)) : [];
  },
  warmHandovers: async (child, _, { caller, partner, loaders }) => {
    const file = await loaders.file.load(child.id);
    const now = partner.now();
    if (!file) return [];
    return file.handovers
      .filter((handover) => handover.toSchoolId === caller.organisation)
      .map((handover) => handoverView(handover, file, now))
      .filter((view) => view.released);
  },
};
