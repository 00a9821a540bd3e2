import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '../synthetic/population.ts';
import { lazyList } from './listView.ts';
import { LruCache } from './lruCache.ts';
import { childcareRecordStore } from './childcare/childcareRecords.ts';
import { generateChildcareData } from './childcare/childcareData.ts';
import { ggdRecordStore } from './ggd/ggdRecords.ts';
import { generateGgdData } from './ggd/ggdData.ts';
import { policeRecordStore } from './police/policeRecords.ts';
import { generatePoliceData } from './police/policeData.ts';
import { schoolRecordStore } from './school/schoolRecords.ts';
import { generateSchoolData } from './school/schoolData.ts';
import { veiligThuisRecordStore } from './veiligthuis/veiligThuisRecords.ts';
import { generateVeiligThuisData } from './veiligthuis/veiligThuisData.ts';

// The demo partner systems once held every record in memory (GB for 100,000 children); they now
// make a child's records on request. These pin that the lazy answers equal the generators' data.
const population = { seed: DEFAULT_SEED, count: 300 };

describe('lazyList', () => {
  it('slices as an array does, odd bounds included', () => {
    const array = Array.from({ length: 7 }, (_, i) => i * 10);
    const list = lazyList(array.length, (position) => array[position]);
    const bounds = [undefined, 0, 3, 6.9, 7, 8, -2, -9, 1.5, Number.NaN, Infinity, -Infinity];
    for (const start of bounds) for (const end of bounds) expect(list.slice(start, end)).toEqual(array.slice(start, end));
  });
});

describe('LruCache', () => {
  it('evicts the least recently used entry', () => {
    const cache = new LruCache<number, string>(2);
    cache.get(1, () => 'a');
    cache.get(2, () => 'b');
    cache.get(1, () => 'not made again');
    cache.get(3, () => 'c');
    expect(cache.get(1, () => 'evicted')).toBe('a');
    expect(cache.get(2, () => 'made again')).toBe('made again');
  });
});

describe('the partner systems\' record stores', () => {
  it('lists and answers what the generators make, for every partner system', () => {
    const school = generateSchoolData(population);
    const schoolStore = schoolRecordStore(population);
    expect(schoolStore.identities.slice()).toEqual(school.leerlingen);
    for (const { leerlingnummer: id } of school.leerlingen) expect(schoolStore.recordsOf(id)?.verzuim).toEqual(school.verzuim.get(id) ?? []);

    const childcare = generateChildcareData(population);
    const childcareStore = childcareRecordStore(population);
    expect(childcareStore.identities.slice()).toEqual(childcare.children);
    for (const { kindId: id } of childcare.children) expect(childcareStore.recordsOf(id)?.observations).toEqual(childcare.observations.get(id) ?? []);

    const ggd = generateGgdData(population);
    const ggdStore = ggdRecordStore(population);
    expect(ggdStore.identities.slice()).toEqual(ggd.patients);
    for (const { id } of ggd.patients) expect(ggdStore.recordsOf(id)?.clinical).toEqual(ggd.clinical.get(id));

    const vt = generateVeiligThuisData(population);
    const vtStore = veiligThuisRecordStore(population);
    expect(vtStore.identities.slice()).toEqual(vt.dossiers);
    for (const { dossiernummer: id } of vt.dossiers) expect(vtStore.recordsOf(id)?.meldingen).toEqual(vt.meldingen.get(id) ?? []);

    const police = generatePoliceData(population);
    const policeStore = policeRecordStore(population);
    expect(policeStore.identities.slice()).toEqual(police.personen);
    for (const { persoonsnummer: id } of police.personen) expect(policeStore.recordsOf(id)?.halt).toEqual(police.halt.get(id) ?? []);
  });

  it('answers only the exact local id of a held child, as the maps did', () => {
    const store = schoolRecordStore(population);
    const nummers = new Set(store.identities.slice().map((leerling) => leerling.leerlingnummer));
    const held = [...nummers][0] ?? '';
    const notAtSchool = Array.from({ length: 300 }, (_, i) => `LL${String(100000 + i * 7).padStart(8, '0')}`).find((id) => !nummers.has(id));
    expect(store.recordsOf(held)).not.toBeNull();
    expect(notAtSchool).toBeDefined();
    // Another spelling of the same number, a child not at school, one past the population, and garbage.
    for (const id of [held.replace('LL', 'LL0'), notAtSchool ?? '', `LL${String(100000 + 300 * 7).padStart(8, '0')}`, 'LL00100001', 'LL', 'nope']) {
      expect(store.recordsOf(id)).toBeNull();
    }
  });
});
