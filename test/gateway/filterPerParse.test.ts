import { readFileSync } from 'node:fs';
import { parse, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CHILD_ALIAS } from '../../gateway/operationFilter.ts';
import { useOperationFilter } from '../../gateway/plugins/useOperationFilter.ts';
import { useRestoreRemovedFields } from '../../gateway/plugins/useRestoreRemovedFields.ts';
import { apiSchemaOf } from '../../schema/apiSchema.ts';
import { SUPERGRAPH_FILE } from '../../schema/composeSupergraph.ts';
import { readPolicies } from '../../schema/policy.ts';

// Regression: filter results were cached by query text, but they point at the field nodes of the
// first parse. When the document cache evicted a document and parsed the same text again, the
// removed field was no longer recognised: its null and FORBIDDEN_FIELD error went missing from
// the answer, and the processing log recorded the request as fully released.
const sdl = readFileSync(SUPERGRAPH_FILE, 'utf8');
const schema = apiSchemaOf(sdl);
const filter = useOperationFilter({ policies: readPolicies(parse(sdl)) });
const restore = useRestoreRemovedFields();
const QUERY = `{ child(id: "ch_x") { id policeRegistrations { registeredOn } } }`;
const caller = { professional: 'p', organisation: 'school-esdoorn', role: 'SCHOOL_CARE_COORDINATOR', purpose: 'CASE_DISCUSSION', traceparent: 't' } as const;

/** Runs one operation through the two plugins' hooks as the engine does, over a fake subgraph answer. */
async function execute(document: DocumentNode, planned: DocumentNode[]) {
  const context = { caller };
  const args = { schema, document, variableValues: {}, contextValue: context } as ExecutionArgs & { contextValue: typeof context };
  let executeFn = async (executed: ExecutionArgs): Promise<ExecutionResult> => {
    planned.push(executed.document);
    return { data: { child: { [CHILD_ALIAS]: 'ch_x', id: 'ch_x' } } };
  };
  const hook = { args, context, extendContext: () => undefined, setResultAndStopExecution: () => undefined } as const;
  await filter.onExecute!({ ...hook, executeFn, setExecuteFn: (fn: typeof executeFn) => void (executeFn = fn) } as never);
  const done = (await restore.onExecute!({ ...hook, executeFn, setExecuteFn: () => undefined } as never)) as { onExecuteDone(payload: unknown): void };
  let result = await executeFn(args);
  done.onExecuteDone({ args, result, setResult: (next: ExecutionResult) => void (result = next) });
  return result;
}

describe('the operation filter', () => {
  it('reports a removed field for every parse of the same query text', async () => {
    const planned: DocumentNode[] = [];
    for (const attempt of [1, 2]) {
      const response = await execute(parse(QUERY), planned);
      expect(response.data, `parse ${attempt}`).toEqual({ child: { [CHILD_ALIAS]: 'ch_x', id: 'ch_x', policeRegistrations: null } });
      expect(response.errors?.map((e) => [e.path, e.extensions?.code]), `parse ${attempt}`).toEqual([[['child', 'policeRegistrations'], 'FORBIDDEN_FIELD']]);
    }
    // One planned document per parse: the planner's cache is keyed by the document object.
    expect(planned[0]).not.toBe(planned[1]);
  });

  it('plans one document object per parse and permission set, and reuses it for the same pair', async () => {
    const planned: DocumentNode[] = [];
    const document = parse(QUERY);
    await execute(document, planned);
    await execute(document, planned);
    expect(planned[0]).toBe(planned[1]);
  });
});
