import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectRedis, isCluster } from '../../../schema/redisConnection.ts';
import { FileLogStore, type FileLogStoreOptions } from '../fileLogStore.ts';
import type { RecordDraft } from '../processingRecord.ts';
import { parseRecord, type ProcessingLogStore } from '../processingLogStore.ts';
import { LogIndex } from '../logIndex.ts';
import { logKeys } from '../redisLogScripts.ts';
import { listSegments } from '../segmentFiles.ts';
import { RedisLogStore } from '../redisLogStore.ts';

/** The store kinds the log suites run on: the file, and Redis on a server and on a cluster when the run has them. */
export function storeKinds(redisUrl: string | null, clusterUrl: string | null): [string, () => StoreFixture][] {
  const kinds: [string, () => StoreFixture][] = [['file', () => fileFixture()]];
  if (redisUrl) kinds.push(['redis', () => redisFixture(redisUrl)]);
  if (clusterUrl) kinds.push(['cluster', () => redisFixture(clusterUrl, 'cluster')]);
  return kinds;
}

/** A store kind under test, with ways to tamper with what it holds, as an attacker with storage access could. */
export interface StoreFixture {
  name: string;
  /** The environment that makes `openLogStore` (the hub, the scripts) find this store. */
  env: Record<string, string>;
  open(): Promise<ProcessingLogStore>;
  /** Changes the content of the `index`-th stored entry, keeping its hash. */
  alter(index: number, change: (record: Record<string, unknown>) => void): Promise<void>;
  remove(index: number): Promise<void>;
  swap(first: number, second: number): Promise<void>;
  /** Removes the `index`-th record from the store's index by child and organisation (not from the log). */
  unindex(index: number): Promise<void>;
  cleanup(): Promise<void>;
}

export function fileFixture(options: FileLogStoreOptions = {}): StoreFixture {
  const dir = mkdtempSync(join(tmpdir(), 'kg-log-'));
  const path = join(dir, 'processing-log.jsonl');
  /** Edits the entries of every segment as one list, then writes each segment back with as many lines as it had. */
  const rewrite = async (edit: (lines: string[]) => string[]) => {
    const segments = (await listSegments(path)).map((segment) => ({ ...segment, lines: readFileSync(segment.path, 'utf8').split('\n').filter((line) => line !== '') }));
    const edited = edit(segments.flatMap((segment) => segment.lines));
    let at = 0;
    for (const segment of segments) {
      const count = segment === segments.at(-1) ? edited.length - at : segment.lines.length;
      writeFileSync(segment.path, edited.slice(at, at + count).map((line) => `${line}\n`).join(''));
      at += count;
    }
  };
  return {
    name: 'file',
    env: { REDIS_URL: '', KETENGRAAF_LOG_FILE: path },
    open: async () => new FileLogStore(path, options),
    alter: async (index, change) =>
      rewrite((lines) =>
        lines.map((line, i) => {
          if (i !== index) return line;
          const record = JSON.parse(line) as Record<string, unknown>;
          change(record);
          return JSON.stringify(record);
        }),
      ),
    remove: async (index) => rewrite((lines) => lines.filter((_, i) => i !== index)),
    swap: async (first, second) =>
      rewrite((lines) => lines.map((line, i) => (i === first ? lines[second]! : i === second ? lines[first]! : line))),
    unindex: async (index) => {
      const segments = await listSegments(path);
      const lines = segments.flatMap((segment) => readFileSync(segment.path, 'utf8').split('\n').filter((line) => line !== ''));
      const logIndex = new LogIndex(`${path}.index`);
      logIndex.remove([parseRecord(lines[index]!)!]);
      await logIndex.close();
    },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A Redis store under a fresh prefix, on a server or (`redis+cluster://…`) a cluster: `name` says which. */
export function redisFixture(url: string, name = 'redis'): StoreFixture {
  const prefix = `test:${randomUUID()}:{log}:`;
  const keys = logKeys(prefix);
  const admin = connectRedis(url);
  /** Rebuilds the stream from edited entries, as someone with write access to Redis could. */
  const rebuild = async (edit: (entries: [string, string][]) => [string, string][]) => {
    const page = await admin.xrange(keys.stream, '-', '+');
    const entries = edit(page.map(([id, fields]) => [id, fields[1] ?? '']));
    await admin.del(keys.stream);
    let next = 1;
    for (const [, raw] of entries) await admin.xadd(keys.stream, `${next++}-0`, 'r', raw);
  };
  return {
    name,
    env: { REDIS_URL: url, KETENGRAAF_LOG_PREFIX: prefix },
    open: () => RedisLogStore.connect({ url, prefix }),
    alter: (index, change) =>
      rebuild((entries) =>
        entries.map(([id, raw], i) => {
          if (i !== index) return [id, raw];
          const record = JSON.parse(raw) as Record<string, unknown>;
          change(record);
          return [id, JSON.stringify(record)];
        }),
      ),
    remove: async (index) => {
      const page = await admin.xrange(keys.stream, '-', '+');
      await admin.xdel(keys.stream, page[index]![0]);
    },
    unindex: async (index) => {
      const [id, fields] = (await admin.xrange(keys.stream, '-', '+'))[index]!;
      const record = parseRecord(fields[1] ?? '')!;
      await admin.zrem(keys.child(record.childId), id);
      await admin.zrem(keys.organisation(record.organisation), id);
    },
    swap: (first, second) => rebuild((entries) => entries.map((entry, i) => (i === first ? entries[second]! : i === second ? entries[first]! : entry))),
    cleanup: async () => {
      // Every key of one log shares its hash tag, so on a cluster they are all on one master.
      const nodes = isCluster(admin) ? admin.nodes('master') : [admin];
      const found = (await Promise.all(nodes.map((node) => node.keys(`${prefix}*`)))).flat();
      if (found.length > 0) await admin.del(...found);
      admin.disconnect();
    },
  };
}

let counter = 0;
/** A draft as the observer would make it, about `childId`, for `organisation`, at `recordedAt`. */
export function draft(overrides: Partial<RecordDraft> = {}): RecordDraft {
  counter++;
  return {
    recordId: randomUUID(),
    recordedAt: '2025-01-15T09:00:00.000Z',
    traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
    spanId: '00f067aa0ba902b7',
    professional: `professional-${counter % 3}`,
    organisation: 'school-esdoorn',
    role: 'SCHOOL_CARE_COORDINATOR',
    purpose: 'CASE_DISCUSSION',
    activityId: 'kg-va-case-discussion',
    childId: `ch_${String(counter % 4).padStart(27, '0')}`,
    fieldsReleased: ['Child.schoolAbsences'],
    fieldsWithheld: [],
    outcome: 'RELEASED',
    ...overrides,
  };
}
