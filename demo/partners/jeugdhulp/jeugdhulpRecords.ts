import { organisationsOfType } from '../../../schema/covenant.ts';
import { syntheticChild, type PopulationOptions } from '../../synthetic/population.ts';
import { randomFor } from '../../synthetic/random.ts';
import { ChildRecordStore, indexFromNumber, type ChildSource } from '../childRecordStore.ts';
import type { IjwClient } from './jeugdhulpFormat.ts';
import { trajectory, type Trajectory } from './jeugdhulpTrajectories.ts';

/** Everything the provider's system holds of one client in care: oldest trajectory first, the last one active. */
export interface JeugdhulpChildRecords {
  identity: IjwClient;
  trajectories: Trajectory[];
}

const PREFIX = 'CL';
const clientnummerOf = (index: number) => `${PREFIX}${100000 + index * 3}`;

/**
 * The provider's clients in care, one child at a time from the shared population: youth care
 * gathers among children with a high need for care, from birth to 18. A client is listed while a
 * started trajectory has not stopped (JW305 without JW307); a quarter had an earlier trajectory
 * that ended.
 */
export function jeugdhulpChildren(options: PopulationOptions): ChildSource<IjwClient, JeugdhulpChildRecords> {
  const providers = organisationsOfType('YOUTH_CARE');
  const identify = (index: number) => {
    if (providers.length === 0) return null;
    const child = syntheticChild(options.seed, index);
    const random = randomFor(options.seed, 'jeugdhulp', index);
    if (child.ageAtReference > 17 || !random.chance(0.03 + child.risk * 0.4)) return null;
    const identity: IjwClient = { Clientnummer: clientnummerOf(index), Bsn: child.bsn, Aanbieder: random.pick(providers).id };
    return { random, identity };
  };
  const records = (index: number): JeugdhulpChildRecords | null => {
    const found = identify(index);
    if (!found) return null;
    const { random, identity } = found;
    const trajectories = random.chance(0.25) ? [trajectory(random, identity.Clientnummer, 1, random.int(500, 900), true)] : [];
    trajectories.push(trajectory(random, identity.Clientnummer, trajectories.length + 1, random.int(20, 400), false));
    return { identity, trajectories };
  };
  return { identity: (index) => identify(index)?.identity ?? null, records };
}

/** The provider system's data for the whole population, made per client when asked for. */
export const jeugdhulpRecordStore = (options: PopulationOptions) =>
  new ChildRecordStore({
    count: options.count,
    source: jeugdhulpChildren(options),
    indexOf: (clientnummer) => indexFromNumber(clientnummer, PREFIX, 100000, 3),
    localIdOf: (records) => records.identity.Clientnummer,
  });
