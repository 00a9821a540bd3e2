import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { Cluster } from 'ioredis';
import { clusterAddress } from '../../../schema/redisConnection.ts';
import { childId } from '../test/casusTestbed.ts';
import { signalRecord } from '../test/signalRecord.ts';
import { redisKeys } from './redisKeys.ts';
import { RedisCasusStore } from './redisStore.ts';

// On a Redis Cluster a script may touch keys of one slot only. The casus store's compare-and-set
// writes a child's file with its index entries, so all of them must share the child's slot, and
// the children must still spread over the cluster's masters (one slot for all would be one Redis).
const url = inject('redisClusterUrl');
const stores: RedisCasusStore[] = [];
afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()));
});
const open = (prefix: string, buckets?: number) => {
  const store = new RedisCasusStore({ url: url!, prefix, buckets });
  stores.push(store);
  return store;
};

describe.skipIf(!url)('the casus store on a Redis Cluster', () => {
  it('keeps each child’s file and index entries on one slot, spreads the children over the masters, and finds them all through the indexes', async () => {
    const prefix = `test:${randomUUID()}:`;
    const store = open(prefix);
    const children = Array.from({ length: 40 }, (_, i) => childId(1000 + i));
    for (const child of children) {
      await store.updateChild(child, (file) => {
        file.birthDates ??= { reported: { 'school-esdoorn': '2016-05-01' }, settled: null };
        file.signals.push(signalRecord(child, 'school-esdoorn'), signalRecord(child, 'ggd-regio'));
        return { result: null, professionals: [{ id: 'prof-school-esdoorn', name: 'Contact', organisationId: 'school-esdoorn' }] };
      });
    }
    const keys = redisKeys(prefix, 16);
    const admin = new Cluster(clusterAddress(url!)!.nodes);
    try {
      const slotOf = (key: string) => admin.cluster('KEYSLOT', key) as Promise<number>;
      for (const child of children.slice(0, 5)) {
        const index = keys.indexes(keys.bucketOf(child));
        const slots = await Promise.all([keys.child(child), index.ref(signalRecord(child, 'ggd-regio').id), index.organisation('ggd-regio'), index.matches, index.retention, index.professionals].map(slotOf));
        expect(new Set(slots).size).toBe(1);
      }
      const masters = admin.nodes('master');
      const holding = await Promise.all(masters.map(async (node) => (await node.keys(`${prefix}*child:*`)).length));
      expect(holding.filter((count) => count > 0).length).toBeGreaterThan(1);
      expect(holding.reduce((a, b) => a + b, 0)).toBe(40);
    } finally {
      admin.disconnect();
    }
    expect((await store.childrenOfOrganisation('ggd-regio')).sort()).toEqual([...children].sort());
    expect((await store.matchedChildren()).sort()).toEqual([...children].sort());
    expect(await store.childOf(signalRecord(children[7]!, 'ggd-regio').id)).toBe(children[7]);
    expect((await store.readChildren(children)).map((file) => file?.childId)).toEqual(children);
  });

  it('refuses to open data written with another number of buckets', async () => {
    const prefix = `test:${randomUUID()}:`;
    await open(prefix, 16).health();
    await expect(open(prefix, 8).health()).rejects.toThrow(/written with buckets 16, not buckets 8/);
  });
});
