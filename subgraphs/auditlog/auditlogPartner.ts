import { openLogStore } from '../../gateway/processingLog/openLogStore.ts';
import type { ProcessingLogStore } from '../../gateway/processingLog/processingLogStore.ts';
import { ProcessingRegister } from '../../schema/processingRegister.ts';
import type { SubgraphConfig } from '../kit/config.ts';

/**
 * The auditlog subgraph's "partner system": the processing log store the gateway writes (the same
 * `REDIS_URL` or `KETENGRAAF_LOG_FILE`), and the register its records refer to.
 */
export interface AuditlogPartner {
  store: ProcessingLogStore;
  register: ProcessingRegister;
}

export async function connectAuditlog(config: SubgraphConfig): Promise<AuditlogPartner> {
  return { store: await openLogStore(config.env), register: new ProcessingRegister() };
}
