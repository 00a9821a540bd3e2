import type { ApolloServerPlugin } from '@apollo/server';
import { defaultFieldResolver, getNamedType, GraphQLError, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { ErrorCode } from '../../schema/errors.ts';
import type { PolicyMap } from '../../schema/policy.ts';
import { ProcessingRegister } from '../../schema/processingRegister.ts';
import { loggerFor } from '../../schema/telemetry/logger.ts';
import type { DisclosureLog } from './disclosureLog.ts';
import { disclosureDrafts, type SubjectNote } from './disclosureRecord.ts';
import type { SubgraphContext } from './subgraphContext.ts';

/** What one request disclosed, per child; keyed by the request's context object. */
const notesOf = new WeakMap<object, Map<string, SubjectNote>>();

function note(context: object, childId: string, coordinate: string, outcome: 'disclosed' | 'withheld' | 'failed'): void {
  let notes = notesOf.get(context);
  if (!notes) notesOf.set(context, (notes = new Map()));
  let subject = notes.get(childId);
  if (!subject) notes.set(childId, (subject = { disclosed: new Set(), withheld: new Set(), failed: false }));
  if (outcome === 'disclosed') subject.disclosed.add(coordinate);
  else subject.withheld.add(coordinate);
  if (outcome === 'failed') subject.failed = true;
}

/** The child a field's value is about: the `Child` itself, a record stamped with its child, or a root field's `childId`. */
function childOf(typeName: string, parent: unknown, args: Record<string, unknown>): string | null {
  const record = (parent ?? {}) as Record<string, unknown>;
  if (typeName === 'Child') return typeof record.id === 'string' ? record.id : null;
  if (typeof record.childId === 'string') return record.childId;
  const input = (args.input ?? {}) as Record<string, unknown>;
  const childId = args.childId ?? input.childId;
  return typeof childId === 'string' ? childId : null;
}

const holdsValue = (value: unknown) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);

/**
 * Wraps every protected field, outside the privacy guard, to note per child what the adapter
 * disclosed (a value), withheld (refused by the guard) or could not answer (the partner failed).
 * A field listing children (`Organisation.pupils`) discloses something about each child it lists.
 */
export function applyDisclosureRecorder(schema: GraphQLSchema, policies: PolicyMap): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const rules = policies.fields.get(`${type.name}.${field.name}`);
      if (!rules || rules.every((rule) => rule.category === 'PUBLIC')) continue;
      const coordinate = `${type.name}.${field.name}`;
      const listsChildren = getNamedType(field.type).name === 'Child' && type.name !== 'Child';
      const resolve: GraphQLFieldResolver<unknown, object> = field.resolve ?? defaultFieldResolver;
      field.resolve = async (parent, args, context, info) => {
        const childId = childOf(type.name, parent, args);
        try {
          const value = await resolve(parent, args, context, info);
          if (listsChildren && Array.isArray(value)) for (const child of value as { id?: unknown }[]) if (typeof child?.id === 'string') note(context, child.id, coordinate, 'disclosed');
          // A child without a record here is answered null: nothing was disclosed about it.
          if (childId !== null && holdsValue(value)) note(context, childId, coordinate, 'disclosed');
          return value;
        } catch (error) {
          const code = error instanceof GraphQLError ? error.extensions.code : undefined;
          if (childId !== null) note(context, childId, coordinate, code === ErrorCode.FORBIDDEN_FIELD ? 'withheld' : 'failed');
          throw error;
        }
      };
    }
  }
  return schema;
}

/**
 * Writes one record per child per request before the answer leaves the adapter; if the log cannot
 * be written the answer carries no data (`LOG_UNAVAILABLE`), as at the hub: no log, no release.
 */
export function disclosureLogPlugin(subgraph: string, log: DisclosureLog, register = new ProcessingRegister()): ApolloServerPlugin<SubgraphContext> {
  const logger = loggerFor(subgraph);
  return {
    async requestDidStart() {
      const started = Date.now();
      return {
        async willSendResponse({ contextValue, response }) {
          const notes = notesOf.get(contextValue);
          if (!notes || notes.size === 0) return;
          notesOf.delete(contextValue);
          const { caller } = contextValue;
          try {
            await log.append(disclosureDrafts(subgraph, caller, register.activityFor(caller.purpose).id, notes, started, Date.now()));
          } catch (error) {
            logger.error({ err: error, store: log.description }, 'the disclosure log could not be written; nothing is released');
            if (response.body.kind === 'single') {
              response.body.singleResult = { errors: [{ message: `The ${subgraph} adapter could not record this disclosure, so it releases nothing. Try again later.`, extensions: { code: ErrorCode.LOG_UNAVAILABLE, subgraph } }] };
            }
            response.http.status = 503;
          }
        },
      };
    },
  };
}
