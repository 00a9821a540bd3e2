import { PEER_SETTING, type ProcessState, type ProcessStateName } from '../../schema/supervisorMessages.ts';
import type { EntryPoints } from './entryPoints.ts';
import { startInOrder, stopInOrder } from './dependencyOrder.ts';
import type { ComponentSpec } from './hubComponents.ts';
import { RestartBackoff, type RestartBackoffOptions } from './restartBackoff.ts';
import { describeExit, SupervisedChild } from './supervisedChild.ts';
import { waitForHealth } from './waitForHealth.ts';

export interface SupervisorOptions {
  entryPoints: EntryPoints;
  /** The environment every process starts from; each spec adds its own settings. */
  sharedEnv: NodeJS.ProcessEnv;
  /** The component that is sent every state change, for its `/health`. @default 'gateway' */
  reportTo?: string;
  backoff?: RestartBackoffOptions;
  /** How long a component may take to stop after SIGTERM before it is killed. @default 10000 */
  stopTimeoutMs?: number;
  /** How long a component that is listening may take until its `/health` answers 200. @default 60000 */
  healthTimeoutMs?: number;
  /** Where the supervisor says what it does: restarts, kills. @default stderr */
  log?: (line: string) => void;
}

interface Component {
  spec: ComponentSpec;
  child: SupervisedChild | null;
  url: string | null;
  /** Where it listens; after the first start the port it reported, so a restart keeps its URL. */
  port: number;
  state: ProcessStateName;
  restarts: number;
  runningSince: number;
  backoff: RestartBackoff;
  restartTimer: NodeJS.Timeout | null;
}

/**
 * Runs each component of the hub as a child process: starts them in dependency order, each once
 * what it needs is healthy; restarts one that crashes, with backoff, on the same port, while the
 * others keep serving; reports every state to the gateway; and stops them in reverse order.
 */
export class Supervisor {
  private readonly components: Map<string, Component>;
  private stopping: Promise<void> | null = null;
  private readonly log: (line: string) => void;

  constructor(
    private readonly specs: readonly ComponentSpec[],
    private readonly options: SupervisorOptions,
  ) {
    this.log = options.log ?? ((line) => process.stderr.write(`${line}\n`));
    this.components = new Map(
      specs.map((spec) => [spec.name, { spec, child: null, url: null, port: spec.port, state: 'starting', restarts: 0, runningSince: 0, backoff: new RestartBackoff(options.backoff), restartTimer: null }]),
    );
  }

  /** Starts every component; resolves with their URLs once all are healthy, rejects on the first that is not (`the school subgraph exited …`). */
  async start(): Promise<Record<string, string>> {
    await startInOrder(
      this.specs,
      (name) => this.launch(this.get(name), 'starting'),
      (name) => this.tellPeers(this.get(name)),
    );
    return Object.fromEntries([...this.components].map(([name, component]) => [name, component.url ?? '']));
  }

  states(): Record<string, ProcessState> {
    return Object.fromEntries([...this.components].map(([name, c]) => [name, { state: c.state, pid: c.child?.pid ?? null, restarts: c.restarts }]));
  }

  /** Stops every component after those that need it (the gateway first, the partner systems last). */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      for (const component of this.components.values()) if (component.restartTimer) clearTimeout(component.restartTimer);
      await stopInOrder(this.specs, (name) => this.terminate(this.get(name)));
    })();
    return this.stopping;
  }

  /** Kills every process at once (a second Ctrl-C). */
  kill(): void {
    for (const component of this.components.values()) component.child?.kill();
  }

  private get(name: string): Component {
    const component = this.components.get(name);
    if (!component) throw new Error(`no component named ${name}`);
    return component;
  }

  /** Gives a component the URLs of the components it tells, once they run. */
  private async tellPeers(component: Component): Promise<void> {
    const peers = Object.entries(component.spec.env(this.urlOf, component.port)).filter((entry): entry is [string, string] => PEER_SETTING.test(entry[0]) && entry[1] !== undefined);
    await component.child?.tellPeers(Object.fromEntries(peers));
  }

  private readonly urlOf = (name: string) => this.components.get(name)?.url ?? undefined;

  private async launch(component: Component, state: 'starting' | 'restarting'): Promise<void> {
    const { spec } = component;
    if (this.stopping) throw new Error(`the ${spec.label} was not started: the hub is stopping`);
    const child = new SupervisedChild(spec.name, spec.label, this.options.entryPoints.command(spec.entry), { ...this.options.sharedEnv, ...spec.env(this.urlOf, component.port) });
    component.child = child;
    this.setState(component, state);
    try {
      const url = await child.url;
      await waitForHealth(url, { until: child.exited, timeoutMs: this.options.healthTimeoutMs ?? 60_000 });
      component.url = url;
      component.port = Number(new URL(url).port);
    } catch (error) {
      child.kill();
      await child.exited;
      component.child = null;
      throw new Error(`the ${spec.label} ${error instanceof Error ? error.message : String(error)}`);
    }
    component.runningSince = Date.now();
    void child.exited.then((status) => {
      if (this.stopping || component.child !== child) return;
      component.child = null;
      const delay = component.backoff.next(Date.now() - component.runningSince);
      this.setState(component, 'restarting');
      this.log(`The ${spec.label} (pid ${child.pid}) ${describeExit(status)}: restarting it in ${delay / 1000} s.`);
      this.restartLater(component, delay);
    });
    this.setState(component, 'running');
  }

  private restartLater(component: Component, delay: number): void {
    component.restartTimer = setTimeout(() => {
      component.restartTimer = null;
      component.restarts++;
      this.launch(component, 'restarting').then(
        () => {
          this.log(`The ${component.spec.label} is back at ${component.url} (pid ${component.child?.pid}).${component.spec.restartNote ? ` ${component.spec.restartNote}` : ''}`);
        },
        (error: unknown) => {
          if (this.stopping) return;
          const next = component.backoff.next(0);
          this.log(`Restarting failed: ${error instanceof Error ? error.message : String(error)}; trying again in ${next / 1000} s.`);
          this.restartLater(component, next);
        },
      );
    }, delay);
  }

  private async terminate(component: Component): Promise<void> {
    const { child } = component;
    if (!child?.alive) {
      component.state = 'stopped';
      return;
    }
    this.setState(component, 'stopping');
    const timeoutMs = this.options.stopTimeoutMs ?? 10_000;
    if ((await child.stop(timeoutMs)) === 'killed') this.log(`The ${component.spec.label} did not stop within ${timeoutMs / 1000} s after SIGTERM: killed it.`);
    this.setState(component, 'stopped');
  }

  private setState(component: Component, state: ProcessStateName): void {
    component.state = state;
    if (this.stopping) return;
    const reportTo = this.components.get(this.options.reportTo ?? 'gateway');
    if (reportTo?.state === 'running') reportTo.child?.send({ type: 'processes', processes: this.states() });
  }
}
