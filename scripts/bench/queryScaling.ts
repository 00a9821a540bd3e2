import type { ProcessingLogStore } from '../../gateway/processingLog/processingLogStore.ts';
import { mulberry32 } from '../../demo/synthetic/random.ts';
import { benchDraft, childPseudonym } from './logDrafts.ts';

export interface QueryFigures {
  records: number;
  /** Median wall time of one `forChild` (a data-subject query), ms. */
  childQueryMs: number;
  /** Median number of records that query returned. */
  recordsPerChild: number;
  /** How many queries the median is of. */
  queries: number;
}

/** Each child has about this many records, whatever the log's size: the cost a query should have. */
const RECORDS_PER_CHILD = 20;
const BULK = 10_000;

/**
 * Grows the log to `target` records in bulk appends of synthetic drafts (children drawn from a
 * population of target / 20), as fast as the store takes them. Returns how long that took.
 */
export async function growTo(store: ProcessingLogStore, current: number, target: number, onProgress?: (records: number) => void): Promise<number> {
  const random = mulberry32(target);
  const population = Math.max(1, Math.floor(target / RECORDS_PER_CHILD));
  const started = performance.now();
  for (let at = current; at < target; ) {
    const size = Math.min(BULK, target - at);
    const when = new Date();
    await store.append(Array.from({ length: size }, () => benchDraft(Math.floor(random() * population), when)));
    at += size;
    if (at % 500_000 < BULK) onProgress?.(at);
  }
  return performance.now() - started;
}

/** The median time of `queries` data-subject queries for random children of the log's population. */
export async function measureChildQueries(store: ProcessingLogStore, records: number, queries: number): Promise<QueryFigures> {
  const random = mulberry32(records + 1);
  const population = Math.max(1, Math.floor(records / RECORDS_PER_CHILD));
  const times: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < queries; i++) {
    const child = childPseudonym(Math.floor(random() * population));
    const started = performance.now();
    const found = await store.forChild(child);
    times.push(performance.now() - started);
    counts.push(found.length);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return { records, childQueryMs: median(times), recordsPerChild: median(counts), queries };
}
