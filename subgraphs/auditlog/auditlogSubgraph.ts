import { organisationsOfType } from '../../schema/covenant.ts';
import type { GrantSource } from '../kit/grants.ts';
import { loadTypeDefs, type SubgraphDefinition } from '../kit/createSubgraph.ts';
import { createAuditlogLoaders, type AuditlogLoaders } from './auditlogLoaders.ts';
import { connectAuditlog, type AuditlogPartner } from './auditlogPartner.ts';
import { auditlogResolvers } from './auditlogResolvers.ts';

/** The log's rules need no case or consent facts (only OWN_ORGANISATION), so casus is never asked. */
const noGrants: GrantSource = {
  grantsFor: async (childIds) => childIds.map((childId) => ({ childId, caseParticipant: false, casePhase: null, consent: false })),
};

/** The covenant's municipality, which runs the hub and its log (joint controllers, AVG art. 26). */
const hubOperator = () => organisationsOfType('MUNICIPALITY')[0];

/** The auditlog subgraph: the processing log, read back for data-subject access and accountability. */
export const auditlogSubgraph: SubgraphDefinition<AuditlogPartner, AuditlogLoaders> = {
  name: 'auditlog',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers: auditlogResolvers,
  connect: (config) => connectAuditlog(config),
  createLoaders: createAuditlogLoaders,
  // A child's log is held by the hub's operator, the municipality: only its privacy officer may read
  // it (OWN_ORGANISATION). Another organisation's officer would learn which partners hold records
  // on the child; that officer reads its own organisation's disclosures instead.
  holderOf: async () => hubOperator()?.id ?? null,
  health: async ({ store }) => {
    await store.checkpoints();
  },
  grantSource: () => noGrants,
  disconnect: ({ store }) => store.close(),
};
