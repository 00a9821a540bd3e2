import type { ProcessingRecord } from '../../gateway/processingLog/processingRecord.ts';
import { batchLoader } from '../kit/loaders.ts';
import type { AuditlogPartner } from './auditlogPartner.ts';

/** Per-request loaders: one store read per child or organisation, however often a query names it. */
export function createAuditlogLoaders({ store }: AuditlogPartner) {
  const each = (read: (id: string) => Promise<ProcessingRecord[]>) =>
    batchLoader(async (ids: readonly string[]) => new Map(await Promise.all(ids.map(async (id) => [id, await read(id)] as const))));
  return {
    byChild: each((childId) => store.forChild(childId)),
    byOrganisation: each((organisationId) => store.forOrganisation(organisationId)),
  };
}

export type AuditlogLoaders = ReturnType<typeof createAuditlogLoaders>;
