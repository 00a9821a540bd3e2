import { logAppendSeconds } from './metrics.ts';
import type { ExecutionObserver } from './releaseCandidate.ts';

/**
 * The processing log's observer with each append timed (`ketengraaf_gateway_processing_log_append_duration_seconds`):
 * every release waits for its record, so this is the figure that bounds the hub's latency.
 */
export function timedObserver(observer: ExecutionObserver): ExecutionObserver {
  const { beforeRelease } = observer;
  if (!beforeRelease) return observer;
  return {
    ...observer,
    beforeRelease: async (candidate) => {
      const stop = logAppendSeconds.startTimer();
      try {
        await beforeRelease.call(observer, candidate);
        stop({ outcome: 'ok' });
      } catch (error) {
        stop({ outcome: 'failed' });
        throw error;
      }
    },
  };
}
