import type { ProcessingRegister } from '../../schema/processingRegister.ts';
import type { ExecutionObserver } from '../releaseCandidate.ts';
import { extractReleases } from './extractReleases.ts';
import type { ProcessingLogStore } from './processingLogStore.ts';

export interface ProcessingLogObserverOptions {
  /** The time written into records; tests pass a fixed clock. Default: now. */
  clock?: () => Date;
}

/**
 * The gateway's accountability hook (FSC: "no log, no request"). Before a response leaves the
 * hub, one record per child is written for every release of personal data, and the hook returns
 * only when all of them are durable. If the store fails, the hook throws and the gateway answers
 * LOG_UNAVAILABLE without data.
 */
export function createProcessingLogObserver(
  store: ProcessingLogStore,
  register: ProcessingRegister,
  options: ProcessingLogObserverOptions = {},
): ExecutionObserver {
  const clock = options.clock ?? (() => new Date());
  return {
    async beforeRelease(candidate) {
      const drafts = extractReleases(candidate, register, clock());
      if (drafts.length > 0) await store.append(drafts);
    },
  };
}
