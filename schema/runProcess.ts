import { PEER_SETTING, supervisorMessage, type ChildMessage, type SupervisorMessage } from './supervisorMessages.ts';

/** A server one process runs: the gateway, a subgraph or a demo partner system. */
export interface ProcessServer {
  url: string;
  close(): Promise<void>;
}

export interface RunProcessOptions {
  /** How the process names itself: `school subgraph`, `Ketengraaf gateway`. */
  label: string;
  /** Messages from the supervisor besides those every process handles (the gateway takes `processes`). */
  onMessage?: (message: SupervisorMessage) => void;
}

/** Whether a supervisor started this process with an IPC channel (`npm start`), not a person or systemd. */
export const supervised = (): boolean => typeof process.send === 'function' && process.connected;

function tell(message: ChildMessage): void {
  if (supervised()) process.send?.(message);
}

/**
 * Runs one component as its own process: starts it, says where it listens (on stdout for a person,
 * over IPC to a supervisor), and stops it cleanly on SIGINT or SIGTERM, or when its supervisor's
 * channel closes, so a supervisor that is killed leaves no process behind. A failure to start exits 1
 * with the reason.
 */
export async function runProcess(options: RunProcessOptions, start: () => Promise<ProcessServer>): Promise<void> {
  let server: ProcessServer;
  try {
    server = await start();
  } catch (error) {
    console.error(`The ${options.label} could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`The ${options.label} did not stop cleanly: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  if (!supervised()) {
    console.log(`${options.label} ready at ${server.url}`);
    return;
  }
  process.once('disconnect', stop);
  process.on('message', (raw) => {
    const message = supervisorMessage(raw);
    if (message?.type === 'peers') {
      for (const [name, value] of Object.entries(message.env)) if (PEER_SETTING.test(name)) process.env[name] = value;
      tell({ type: 'peers-applied' });
    } else if (message) options.onMessage?.(message);
  });
  tell({ type: 'ready', url: server.url });
}
