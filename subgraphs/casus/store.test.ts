import { beforeAll, expect, it } from 'vitest';
import { refuse } from './casusErrors.ts';
import type { ChildFile } from './records.ts';
import type { CasusStore } from './store/casusStore.ts';
import { childId } from './test/casusTestbed.ts';
import { signalRecord } from './test/signalRecord.ts';
import { describeEachStore } from './test/storeVariants.ts';


const addSignal = (store: CasusStore, child: string, org: string, n = 1) =>
  store.updateChild(child, (file) => {
    file.birthDates ??= { reported: { [org]: '2016-05-01' }, settled: null };
    file.signals.push(signalRecord(child, org, n));
    return { result: file.signals.length, professionals: [{ id: `prof-${org}`, name: `Contact ${org}`, organisationId: org }] };
  });

describeEachStore('the casus store', (kind) => {
  let store: CasusStore;
  beforeAll(async () => {
    store = await kind.open();
  });

  it('keeps a file, its indexes and its professionals, and reads many files at once aligned to the ids', async () => {
    const [a, b, none] = [childId(1), childId(2), childId(3)];
    await addSignal(store, a, 'school-esdoorn');
    await addSignal(store, a, 'ggd-regio');
    await addSignal(store, b, 'school-esdoorn');
    const [fileA, missing, fileB] = await store.readChildren([a, none, b]);
    expect(fileA?.signals.map((s) => s.organisationId)).toEqual(['school-esdoorn', 'ggd-regio']);
    expect(missing).toBeNull();
    expect(fileB?.signals).toHaveLength(1);
    expect(await store.childOf(signalRecord(a, 'ggd-regio', 1).id)).toBe(a);
    expect((await store.childrenOfOrganisation('school-esdoorn')).sort()).toEqual([a, b].sort());
    expect(await store.matchedChildren()).toEqual([a]);
    expect(await store.professionals(['prof-ggd-regio', 'nobody'])).toEqual([
      { id: 'prof-ggd-regio', name: 'Contact ggd-regio', organisationId: 'ggd-regio' },
      null,
    ]);
    expect(await store.dueForRetention(new Date('2028-08-31T00:00:00Z'))).toEqual([]);
    expect((await store.dueForRetention(new Date('2028-09-02T00:00:00Z'))).sort()).toEqual([a, b].sort());
  });

  it('writes nothing when a change throws, even after it altered its copy', async () => {
    const child = childId(10);
    await addSignal(store, child, 'school-kompas');
    const before = await store.readChildren([child]);
    const failing = store.updateChild(child, (file) => {
      file.signals.push(signalRecord(child, 'politie-basisteam', 2));
      file.signals[0]!.status = 'WITHDRAWN';
      file.birthDates = { reported: { 'politie-basisteam': '2010-01-01' }, settled: null };
      throw refuse('INVALID_INPUT', 'refused halfway');
    });
    await expect(failing).rejects.toThrow('refused halfway');
    expect(await store.readChildren([child])).toEqual(before);
    expect(await store.childOf(signalRecord(child, 'politie-basisteam', 2).id)).toBeNull();
    expect(await store.childrenOfOrganisation('politie-basisteam')).not.toContain(child);
    expect(await store.matchedChildren()).not.toContain(child);
  });

  it('records no professional from a change that throws', async () => {
    const failing = store.updateChild(childId(11), () => {
      throw refuse('INVALID_INPUT', 'no');
    });
    await expect(failing).rejects.toThrow();
    expect(await store.readChildren([childId(11)])).toEqual([null]);
  });

  it('loses no update when two hub processes change the same file at once', async () => {
    const child = childId(20);
    const other = await kind.twin(store);
    await addSignal(store, child, 'school-esdoorn', 0);
    const writers = Array.from({ length: 40 }, (_, n) => addSignal(n % 2 === 0 ? store : other, child, 'ggd-regio', n + 1));
    await Promise.all(writers);
    const [file] = await other.readChildren([child]);
    expect(file?.signals).toHaveLength(41);
    expect(new Set(file?.signals.map((s) => s.id)).size).toBe(41);
  });

  it('deletes a file left empty, birth date and indexes with it', async () => {
    const child = childId(30);
    await addSignal(store, child, 'kdv-boomhut');
    await store.updateChild(child, (file: ChildFile) => {
      file.signals = [];
      return { result: null };
    });
    expect(await store.readChildren([child])).toEqual([null]);
    expect(await store.childOf(signalRecord(child, 'kdv-boomhut', 1).id)).toBeNull();
    expect(await store.childrenOfOrganisation('kdv-boomhut')).not.toContain(child);
    expect(await store.dueForRetention(new Date('2100-01-01T00:00:00Z'))).not.toContain(child);
  });

  it('scans every file exactly once, in full batches of the size asked, and only under its own prefix', async () => {
    const [own, neighbour] = [await kind.open(), await kind.open()];
    const children = Array.from({ length: 12 }, (_, n) => childId(100 + n));
    for (const child of children) await addSignal(own, child, 'school-wilg');
    for (const n of [1, 2, 3]) await addSignal(neighbour, childId(200 + n), 'school-wilg');
    const batches: string[][] = [];
    for await (const files of own.scanChildren(5)) batches.push(files.map((file) => file.childId));
    // Each batch is one read of many files (one MGET in Redis), never one file at a time.
    expect(batches.map((batch) => batch.length)).toEqual([5, 5, 2]);
    expect(batches.flat().sort()).toEqual([...children].sort());
  });

  it('answers an empty batch without a round trip', async () => {
    expect(await store.readChildren([])).toEqual([]);
    expect(await store.professionals([])).toEqual([]);
    await expect(store.health()).resolves.toBeUndefined();
  });
});
