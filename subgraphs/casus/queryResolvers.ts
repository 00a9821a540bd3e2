import { covenantOrganisations } from '../../schema/covenant.ts';
import type { CasusContext } from './casusContext.ts';
import type { QueryResolvers } from './__generated__/resolvers.ts';
import { openCaseOf, takesPart } from './domain/caseAccess.ts';
import { statedSignals } from './domain/statedInvolvements.ts';
import { matchFor } from './domain/signals.ts';
import { trendFigures } from './domain/trendFigures.ts';
import type { ChildFile } from './records.ts';
import { pageArguments, resolveChildReference } from '../kit/childRecords.ts';
import { caseView, handoverView } from './views.ts';

/** The files of the children whose file mentions the caller's organisation (one index and one file read). */
async function filesOfCaller({ caller, partner, loaders }: CasusContext): Promise<ChildFile[]> {
  const childIds = await partner.store.childrenOfOrganisation(caller.organisation);
  const files = await loaders.file.loadMany(childIds);
  return files.filter((file): file is ChildFile => file !== null && !(file instanceof Error));
}

const isMatchDirector = ({ caller }: CasusContext) =>
  caller.role === 'CASE_DIRECTOR' && covenantOrganisations().some((org) => org.id === caller.organisation && org.type === 'MUNICIPALITY');

export const queryResolvers: QueryResolvers = {
  organisation: (_, { id }) => (covenantOrganisations().some((org) => org.id === id) ? { id } : null),
  organisations: (_, { type }) => covenantOrganisations().filter((org) => !type || org.type === type).map(({ id }) => ({ id })),
  child: (_, { id }) => resolveChildReference({ id }),
  mySignals: async (_, __, context) =>
    (await filesOfCaller(context)).flatMap((file) => file.signals.filter((signal) => signal.organisationId === context.caller.organisation)),
  myMatches: async (_, __, context) => {
    const now = context.partner.now();
    if (isMatchDirector(context)) {
      // Matchregie: the municipality follows up every match (Jeugdwet §7.1.4).
      const files = await context.loaders.file.loadMany(await context.partner.store.matchedChildren());
      return files.flatMap((file) => (file && !(file instanceof Error) ? (matchFor(file, null, now) ?? []) : []));
    }
    return (await filesOfCaller(context)).flatMap((file) => matchFor(file, context.caller.organisation, now) ?? []);
  },
  myCases: async (_, __, context) =>
    (await filesOfCaller(context)).flatMap((file) => {
      const open = openCaseOf(file);
      return open && takesPart(open, context.caller.organisation) ? [caseView(open)] : [];
    }),
  case: async (_, { id }, { caller, partner, loaders }) => {
    const childId = await partner.store.childOf(id);
    const file = childId ? await loaders.file.load(childId) : null;
    const record = file?.cases.find((c) => c.id === id);
    return record && record.status === 'OPEN' && takesPart(record, caller.organisation) ? caseView(record) : null;
  },
  incomingHandovers: async (_, __, context) => {
    const now = context.partner.now();
    return (await filesOfCaller(context)).flatMap((file) =>
      file.handovers
        .filter((handover) => handover.toSchoolId === context.caller.organisation)
        .map((handover) => handoverView(handover, file, now))
        .filter((view) => view.released),
    );
  },
  preparedHandovers: async (_, __, context) => {
    const now = context.partner.now();
    return (await filesOfCaller(context)).flatMap((file) =>
      file.handovers.filter((h) => h.fromOrganisationId === context.caller.organisation).map((h) => handoverView(h, file, now)),
    );
  },
  // Counts over the whole covenant from the hub's own store: no partner is asked (domain/trendFigures.ts).
  trendFigures: (_, { from, to }, { partner }) => trendFigures(partner.store, partner.now(), { from, to }),
  statedInvolvements: async (_, { first, offset }, { partner, loaders }) => {
    const { first: size, offset: from } = pageArguments(first, offset);
    return (await statedSignals(partner.store, loaders)).slice(from, from + size);
  },
};
