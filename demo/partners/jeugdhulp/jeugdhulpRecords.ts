import { organisationsOfType } from '../../../schema/covenant.ts';
import { daysBeforeReference, syntheticChild, type PopulationOptions } from '../../synthetic/population.ts';
import { randomFor } from '../../synthetic/random.ts';
import { ChildRecordStore, indexFromNumber, type ChildSource } from '../childRecordStore.ts';
import type { JeugdhulpPerson, JeugdhulpEntry } from './jeugdhulpFormat.ts';

/** Everything the demo jeugdhulp system holds of one child. */
export interface JeugdhulpChildRecords {
  identity: JeugdhulpPerson;
  entry: JeugdhulpEntry;
}

const PREFIX = 'JEUGDHULP';
const localIdOf = (index: number) => `${PREFIX}${100000 + index * 3}`;

/** The system's records of each child, made one child at a time from the shared population (deterministic). */
export function jeugdhulpChildren(options: PopulationOptions): ChildSource<JeugdhulpPerson, JeugdhulpChildRecords> {
  const holders = organisationsOfType('YOUTH_CARE');
  const identify = (index: number) => {
    const holder = holders[0];
    if (!holder) return null;
    const child = syntheticChild(options.seed, index);
    const random = randomFor(options.seed, 'jeugdhulp', index);
    // PLACEHOLDER: who this partner holds; here one child in four, more among those with a high need for care.
    if (!random.chance(0.15 + child.risk * 0.3)) return null;
    const identity: JeugdhulpPerson = { localId: localIdOf(index), bsn: child.bsn, organisationId: random.pick(holders).id };
    return { random, identity };
  };
  const records = (index: number): JeugdhulpChildRecords | null => {
    const found = identify(index);
    if (!found) return null;
    const entry: JeugdhulpEntry = { localId: found.identity.localId, recordedOn: daysBeforeReference(found.random.int(1, 400)), kind: found.random.pick(['A', 'B', 'C']) };
    return { identity: found.identity, entry };
  };
  return { identity: (index) => identify(index)?.identity ?? null, records };
}

/** The demo system's data for the whole population, made per child when asked for. */
export const jeugdhulpRecordStore = (options: PopulationOptions) =>
  new ChildRecordStore({
    count: options.count,
    source: jeugdhulpChildren(options),
    indexOf: (localId) => indexFromNumber(localId, PREFIX, 100000, 3),
    localIdOf: (records) => records.identity.localId,
  });
