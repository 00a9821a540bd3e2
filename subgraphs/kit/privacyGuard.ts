import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { hubOperatorId } from '../../schema/covenant.ts';
import { decideForChild, fieldAccess, rulesFor, type ChildFacts } from '../../schema/decide.ts';
import { forbiddenByRole, forbiddenForChild } from '../../schema/forbiddenField.ts';
import type { PolicyMap, ReleaseRule } from '../../schema/policy.ts';
import type { SubgraphContext } from './subgraphContext.ts';

/** Whose data a resolved object is: the child it belongs to and the organisation holding it. */
export interface PrivacySubject {
  childId: string | null;
  holderOrganisationId: string | null;
}

/** Records below `Child` carry their subject, so nested protected fields can be decided too. */
export interface ChildScoped {
  childId: string;
  holderOrganisationId: string | null;
}

export type HolderOf<C> = (childId: string, context: C) => Promise<string | null>;

function subjectOf<C>(typeName: string, parent: unknown, args: Record<string, unknown>, context: C, holderOf: HolderOf<C>): Promise<PrivacySubject> | PrivacySubject {
  const record = (parent ?? {}) as Record<string, unknown>;
  if (typeName === 'Child' && typeof record.id === 'string') {
    return holderOf(record.id, context).then((holder) => ({ childId: record.id as string, holderOrganisationId: holder }));
  }
  if (typeName === 'Organisation' && typeof record.id === 'string') return { childId: null, holderOrganisationId: record.id };
  if (typeName === 'Query' || typeName === 'Mutation') {
    // A root field about one child (its childId argument) is held by whoever the subgraph says
    // holds that child's data here; the auditlog subgraph names the hub's operator.
    const input = (args.input ?? {}) as Record<string, unknown>;
    const childId = args.childId ?? input.childId;
    if (typeof childId !== 'string') return { childId: null, holderOrganisationId: null };
    return holderOf(childId, context).then((holder) => ({ childId, holderOrganisationId: holder }));
  }
  return {
    childId: typeof record.childId === 'string' ? record.childId : null,
    holderOrganisationId: typeof record.holderOrganisationId === 'string' ? record.holderOrganisationId : null,
  };
}

const needsCasus = (rule: ReleaseRule) => rule.minPhase !== null || rule.when.some((c) => c === 'CASE_PARTICIPANT' || c === 'CONSENT');
const unconditional = (rule: ReleaseRule) => rule.minPhase === null && rule.when.length === 0;

/**
 * Wraps every field that carries `@privacy` rules so it is decided per child before its resolver
 * runs, that is before the partner system is asked (data minimisation). The gateway already
 * removed fields the caller's role and purpose may not see; this is the second line, and the only
 * one for per-child conditions (own record, case participant, AVE phase, consent).
 */
export function applyPrivacyGuard<C extends SubgraphContext>(schema: GraphQLSchema, policies: PolicyMap, holderOf: HolderOf<C>): GraphQLSchema {
  const hubOperator = hubOperatorId();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const access = fieldAccess(policies, type.name, field.name);
      if (access.kind !== 'rules') continue;
      const coordinate = `${type.name}.${field.name}`;
      const resolve: GraphQLFieldResolver<unknown, C> = field.resolve ?? defaultFieldResolver;
      field.resolve = async (parent, args, context, info) => {
        const { caller } = context;
        const candidates = rulesFor(access.rules, caller);
        if (candidates.length === 0) throw forbiddenByRole(coordinate, caller, access.rules);
        if (!candidates.some(unconditional)) {
          const subject = await subjectOf(type.name, parent, args, context, holderOf);
          const grant =
            subject.childId !== null && candidates.some(needsCasus) ? await context.grants.load(subject.childId) : null;
          const facts: ChildFacts = {
            ownOrganisation: subject.holderOrganisationId !== null && subject.holderOrganisationId === caller.organisation,
            caseParticipant: grant?.caseParticipant ?? false,
            casePhase: grant?.casePhase ?? null,
            consent: grant?.consent ?? false,
            hubOperator: caller.organisation === hubOperator,
          };
          const decision = decideForChild(candidates, caller, facts);
          if (!decision.released) throw forbiddenForChild(coordinate, decision.requirement);
        }
        return resolve(parent, args, context, info);
      };
    }
  }
  return schema;
}
