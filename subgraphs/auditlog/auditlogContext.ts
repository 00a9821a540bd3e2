import type { SubgraphContext } from '../kit/subgraphContext.ts';
import type { AuditlogLoaders } from './auditlogLoaders.ts';
import type { AuditlogPartner } from './auditlogPartner.ts';

/** The context of one request at the auditlog subgraph. */
export type AuditlogContext = SubgraphContext<AuditlogPartner, AuditlogLoaders>;
