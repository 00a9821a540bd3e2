import { setTimeout as delay } from 'node:timers/promises';

export interface WaitForHealthOptions {
  /** Give up when this settles first (the process exited). */
  until: Promise<unknown>;
  /** Give up after this long. */
  timeoutMs: number;
}

/**
 * Resolves once `GET /health` beside `url` answers 200: the process is listening and what it
 * depends on answers (a subgraph checks its partner system, the gateway every subgraph). It asks
 * again after each failed answer, at a short interval, never on a guess of how long start-up takes.
 * Rejects with a verb phrase (`did not answer 200 at … within 60 s`).
 */
export async function waitForHealth(url: string, options: WaitForHealthOptions): Promise<void> {
  const healthUrl = new URL('/health', url);
  let ended = false;
  void options.until.then(() => (ended = true));
  const deadline = Date.now() + options.timeoutMs;
  let last = 'no answer';
  for (let attempt = 0; ; attempt++) {
    const answer = await fetch(healthUrl, { signal: AbortSignal.timeout(5000) }).then(
      async (response) => (response.ok ? null : `HTTP ${response.status} ${await response.text()}`),
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    if (answer === null) return;
    last = answer;
    if (ended) throw new Error('exited before its health check answered (its output is above)');
    if (Date.now() > deadline) throw new Error(`did not answer 200 at ${healthUrl} within ${options.timeoutMs / 1000} s: ${last.slice(0, 300)}`);
    await delay(Math.min(50 * 2 ** attempt, 500));
  }
}
