import { refuse } from './casusErrors.ts';
import type { ChildFile } from './records.ts';
import type { CasusStore, ChildChange } from './store/casusStore.ts';

/** Maps a change's result (to a view that needs the changed file) without breaking its atomicity. */
export const mapChange =
  <R, V>(change: (file: ChildFile) => ChildChange<R>, view: (result: R, file: ChildFile) => V) =>
  (file: ChildFile): ChildChange<V> => {
    const done = change(file);
    return { ...done, result: view(done.result, file) };
  };

/**
 * Changes the file that holds a signal, case or consent. An id nobody knows reads as not found,
 * the same answer as an id of another organisation's record, so ids reveal nothing.
 */
export async function changeFileOf<R>(store: CasusStore, entityId: string, what: string, change: (file: ChildFile) => ChildChange<R>): Promise<R> {
  const childId = await store.childOf(entityId);
  if (!childId) throw refuse('NOT_FOUND', `No ${what} of your organisation has this id.`);
  return store.updateChild(childId, change);
}
