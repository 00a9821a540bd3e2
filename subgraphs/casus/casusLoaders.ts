import DataLoader from 'dataloader';
import type { CasusPartner } from './casusPartner.ts';
import type { ChildFile, ProfessionalRecord } from './records.ts';

/** Per-request loaders: one store read for all the children (or professionals) a request touches. */
export function createCasusLoaders({ store }: CasusPartner) {
  return {
    file: new DataLoader<string, ChildFile | null>((childIds) => store.readChildren(childIds)),
    professional: new DataLoader<string, ProfessionalRecord | null>((ids) => store.professionals(ids)),
  };
}

export type CasusLoaders = ReturnType<typeof createCasusLoaders>;
