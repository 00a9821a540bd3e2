import type { SignalRecord } from '../records.ts';

/** An open signal of `organisationId` on `child`, as the store keeps it; `n` tells one organisation's signals apart. */
export const signalRecord = (child: string, organisationId: string, n = 1): SignalRecord => ({
  id: `sig_${child.slice(3, 10)}_${organisationId}_${n}`,
  childId: child,
  organisationId,
  contactProfessionalId: `prof-${organisationId}`,
  contactRole: 'SCHOOL_CARE_COORDINATOR',
  domain: null,
  registeredAt: '2026-09-01T09:00:00.000Z',
  status: 'OPEN',
  closedAt: null,
});
