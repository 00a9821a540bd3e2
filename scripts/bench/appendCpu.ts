import type { ProcessingLogStore } from '../../gateway/processingLog/processingLogStore.ts';
import { answerDrafts } from './logDrafts.ts';

export interface AppendFigures {
  appends: number;
  concurrency: number;
  /** CPU of this process (user + system) per append of one answer, ms. */
  cpuMsPerAppend: number;
  appendsPerSecond: number;
  /** Median time from append() to its promise resolving, ms. */
  p50Ms: number;
}

/**
 * Appends `appends` answers of `children` records each, `concurrency` at a time (as that many
 * requests in flight would), and measures this process's CPU per append. The drafts are made
 * before the clock starts, so only the store's work is counted.
 */
export async function measureAppends(store: ProcessingLogStore, appends: number, concurrency: number, children = 20): Promise<AppendFigures> {
  const answers = Array.from({ length: appends }, () => answerDrafts(children, 100_000));
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < answers.length) {
      const drafts = answers[next++]!;
      const started = performance.now();
      await store.append(drafts);
      latencies.push(performance.now() - started);
    }
  };
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  latencies.sort((a, b) => a - b);
  return {
    appends,
    concurrency,
    cpuMsPerAppend: (used.user + used.system) / 1000 / appends,
    appendsPerSecond: (appends / wallMs) * 1000,
    p50Ms: latencies[Math.floor(latencies.length / 2)] ?? 0,
  };
}
