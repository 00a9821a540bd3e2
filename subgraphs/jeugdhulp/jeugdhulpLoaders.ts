import { oneEachLoader } from '../kit/loaders.ts';
import type { JeugdhulpPartner } from './jeugdhulpPartner.ts';

/** Per-request loaders: one partner call per resource per plan step, whatever the number of children. */
export function createJeugdhulpLoaders({ api }: JeugdhulpPartner) {
  return {
    summary: oneEachLoader(api.records, (record) => record.localId),
  };
}

export type JeugdhulpLoaders = ReturnType<typeof createJeugdhulpLoaders>;
