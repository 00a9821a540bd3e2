import type { Caller } from '../schema/caller.ts';

/** What the hub's plugins add to the engine's context of one operation (see `usePurpose`). */
export interface HubContext {
  caller: Caller;
}
