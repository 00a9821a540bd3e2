import type { GrantSource } from '../kit/grants.ts';
import { loadTypeDefs, type SubgraphDefinition } from '../kit/createSubgraph.ts';
import { createAuditlogLoaders, type AuditlogLoaders } from './auditlogLoaders.ts';
import { connectAuditlog, type AuditlogPartner } from './auditlogPartner.ts';
import { auditlogResolvers } from './auditlogResolvers.ts';

/** The log's rules need no case or consent facts (only OWN_ORGANISATION), so casus is never asked. */
const noGrants: GrantSource = {
  grantsFor: async (childIds) => childIds.map((childId) => ({ childId, caseParticipant: false, casePhase: null, consent: false })),
};

/** The auditlog subgraph: the processing log, read back for data-subject access and accountability. */
export const auditlogSubgraph: SubgraphDefinition<AuditlogPartner, AuditlogLoaders> = {
  name: 'auditlog',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers: auditlogResolvers,
  connect: (config) => connectAuditlog(config),
  createLoaders: createAuditlogLoaders,
  // A child's log is for the hub operator's privacy officer only (the schema's HUB_OPERATOR rule):
  // another organisation's officer would learn which partners hold records on the child, and reads
  // its own organisation's disclosures instead (OWN_ORGANISATION on those records). No partner
  // here holds a child's record.
  holderOf: async () => null,
  health: async ({ store }) => {
    await store.checkpoints();
  },
  grantSource: () => noGrants,
  disconnect: ({ store }) => store.close(),
};
