import { batchLoader, groupBy } from '../kit/loaders.ts';
import { activeTrajectory } from './activeTrajectory.ts';
import type { JeugdhulpPartner } from './jeugdhulpPartner.ts';
import type { ActiveTrajectory } from './records.ts';

const client = (message: { Clientnummer: string }) => message.Clientnummer;

/**
 * Per-request loaders: the active trajectories of a batch of clients cost one call per message
 * type (JW301, JW305, JW307), whatever the number of children.
 */
export function createJeugdhulpLoaders({ api }: JeugdhulpPartner) {
  return {
    trajectory: batchLoader(async (clientnummers: readonly string[]) => {
      const [toewijzingen, starts, stops] = await Promise.all([api.toewijzingen(clientnummers), api.startZorg(clientnummers), api.stopZorg(clientnummers)]);
      const [byAllocation, byStart, byStop] = [groupBy(toewijzingen, client), groupBy(starts, client), groupBy(stops, client)];
      const found = new Map<string, ActiveTrajectory>();
      for (const nummer of clientnummers) {
        const active = activeTrajectory(byAllocation.get(nummer) ?? [], byStart.get(nummer) ?? [], byStop.get(nummer) ?? []);
        if (active) found.set(nummer, active);
      }
      return found;
    }),
  };
}

export type JeugdhulpLoaders = ReturnType<typeof createJeugdhulpLoaders>;
