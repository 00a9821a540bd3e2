import type { ChildScoped } from './privacyGuard.ts';

/**
 * The parent types every partner connector maps onto the graph. They used to be repeated in each
 * connector's `records.ts`; a connector re-exports them there, so its codegen mappers keep
 * pointing at its own records file.
 */

/** A partner record as it travels through the graph: with the child and holder it belongs to. */
export type Scoped<T> = T & ChildScoped;

/** The parent of `Child` fields: the entity reference. */
export interface ChildRef {
  id: string;
}

/** The parent of `Organisation` fields: a covenant member by id. */
export interface OrganisationRef {
  id: string;
}
