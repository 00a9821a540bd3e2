import type { ComponentSpec } from './hubComponents.ts';

type Step = (name: string) => Promise<void>;
type Ordered = Pick<ComponentSpec, 'name' | 'needs' | 'tells'>;

/** Runs `step` once per name, however many ask for it, and keeps a failure for start() alone to report. */
function once(step: Step): Step {
  const runs = new Map<string, Promise<void>>();
  return (name) => {
    let run = runs.get(name);
    if (!run) {
      run = step(name);
      run.catch(() => undefined);
      runs.set(name, run);
    }
    return run;
  };
}

/**
 * Starts every component once what it needs has started and been told its peers; `tell` gives a
 * component the URLs of those it `tells`, once they have started. A component it tells waits only for
 * it to start (casus must run before the adapters, which casus is told about afterwards), so the
 * cycle of the two never deadlocks. Resolves when all have started and been told; rejects on a failure.
 */
export function startInOrder(specs: readonly Ordered[], start: Step, tell: Step): Promise<void> {
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  const spec = (name: string): Ordered => {
    const found = byName.get(name);
    if (!found) throw new Error(`no component named ${name}`);
    return found;
  };
  const started: Step = once(async (name) => {
    await Promise.all(spec(name).needs.map((need) => (spec(need).tells.includes(name) ? started(need) : completed(need))));
    await start(name);
  });
  const completed: Step = once(async (name) => {
    await started(name);
    if (spec(name).tells.length === 0) return;
    await Promise.all(spec(name).tells.map(started));
    await tell(name);
  });
  return Promise.all(specs.map((s) => completed(s.name))).then(() => undefined);
}

/** Stops every component after all that need it: the gateway first, the demo partner systems last. */
export function stopInOrder(specs: readonly Ordered[], stop: Step): Promise<void> {
  const stopped: Step = once(async (name) => {
    await Promise.all(specs.filter((s) => s.needs.includes(name)).map((s) => stopped(s.name)));
    await stop(name);
  });
  return Promise.all(specs.map((s) => stopped(s.name))).then(() => undefined);
}
