import { concatAST, parse } from 'graphql';
import type { SubgraphDefinition } from '../../subgraphs/kit/createSubgraph.ts';
import { createSchoolLoaders } from '../../subgraphs/school/schoolLoaders.ts';
import { connectSchool, type SchoolPartner } from '../../subgraphs/school/schoolPartner.ts';
import { schoolResolvers } from '../../subgraphs/school/schoolResolvers.ts';
import { schoolSubgraph } from '../../subgraphs/school/schoolSubgraph.ts';

/** One deliberately broken school adapter per conformance check: each breaks exactly the thing its check guards. */
export interface BrokenAdapter {
  check: string;
  what: string;
  /** The broken adapter; without one, the correct adapter behind a broken front (`brokenFronts.ts`). */
  definition?: SubgraphDefinition<any, any>;
  front?: 'graphql' | 'involvement';
}

const school = schoolSubgraph;
const quiet = <T>(call: (ids: readonly string[]) => Promise<T[]>) => async (ids: readonly string[]) => call(ids).catch(() => [] as T[]);

export const BROKEN_ADAPTERS: BrokenAdapter[] = [
  {
    check: 'sdl',
    what: 'a Child field without a @privacy rule',
    definition: {
      ...school,
      typeDefs: concatAST([school.typeDefs, parse('extend type Child { schoolNotes: String }')]),
      resolvers: { ...schoolResolvers, Child: { ...schoolResolvers.Child, schoolNotes: () => 'Notitie van de mentor' } },
    },
  },
  {
    check: 'pseudonym',
    what: 'pseudonyms derived with another key than the covenant’s',
    definition: { ...school, connect: (config) => connectSchool({ ...config, pseudonymKey: `${config.pseudonymKey}-not-the-covenant-key` }) },
  },
  {
    check: 'entities',
    what: '__resolveReference that invents a Child and an Organisation for any key',
    definition: {
      ...school,
      resolvers: {
        ...schoolResolvers,
        Child: { ...schoolResolvers.Child, __resolveReference: (reference: { id: string }) => ({ id: reference.id }) },
        Organisation: { ...schoolResolvers.Organisation, __resolveReference: (reference: { id: string }) => ({ id: reference.id }) },
      },
    },
  },
  { check: 'contexts', what: '/graphql that takes any context, and GET', front: 'graphql' },
  { check: 'involvement', what: 'POST /involvement that takes any context', front: 'involvement' },
  {
    check: 'per-child',
    what: '__resolveReference that fetches every record before the privacy guard decides',
    definition: {
      ...school,
      resolvers: {
        ...schoolResolvers,
        Child: {
          ...schoolResolvers.Child,
          __resolveReference: async (reference: { id: string }, { partner, loaders }: { partner: SchoolPartner; loaders: ReturnType<typeof createSchoolLoaders> }) => {
            const indexed = await partner.index.lookup(reference.id);
            if (indexed) await Promise.all([loaders.leerling.load(indexed.localId), loaders.verzuim.load(indexed.localId), loaders.ondersteuning.load(indexed.localId)]);
            return { id: reference.id };
          },
        },
      },
    },
  },
  {
    check: 'batching',
    what: 'a new loader for every field, so every child costs its own partner calls',
    definition: {
      ...school,
      createLoaders: (partner: SchoolPartner) => ({
        get leerling() { return createSchoolLoaders(partner).leerling; },
        get verzuim() { return createSchoolLoaders(partner).verzuim; },
        get ondersteuning() { return createSchoolLoaders(partner).ondersteuning; },
        get toetsen() { return createSchoolLoaders(partner).toetsen; },
        get incidenten() { return createSchoolLoaders(partner).incidenten; },
      }),
    },
  },
  {
    check: 'partner-failure',
    what: 'loaders that swallow a failed partner call and answer as if nothing were held',
    definition: {
      ...school,
      createLoaders: ({ sis, index }: SchoolPartner) => {
        const silent = Object.create(sis) as typeof sis;
        Object.assign(silent, { leerlingen: quiet(sis.leerlingen), verzuim: quiet(sis.verzuim), ondersteuning: quiet(sis.ondersteuning), toetsen: quiet(sis.toetsen), incidenten: quiet(sis.incidenten) });
        return createSchoolLoaders({ sis: silent, index });
      },
    },
  },
  {
    check: 'no-bsn-no-local-id',
    what: "the student system's pupil number mapped onto SchoolEnrolment.group",
    definition: { ...school, resolvers: { ...schoolResolvers, SchoolEnrolment: { ...schoolResolvers.SchoolEnrolment, group: (leerling: { leerlingnummer: string }) => leerling.leerlingnummer } } },
  },
];
