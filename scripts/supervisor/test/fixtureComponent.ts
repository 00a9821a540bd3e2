import { appendFileSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runProcess } from '../../../schema/runProcess.ts';

/**
 * A stand-in component for the supervisor's tests: an HTTP server with `/health` and `/env` (its
 * environment now). `FIXTURE_FAIL` makes it fail at start with that message, `FIXTURE_IGNORE_SIGTERM`
 * makes it ignore SIGTERM, and `FIXTURE_STOP_LOG` is a file it appends its name to when it stops.
 */
const env = process.env;
const name = env.FIXTURE_NAME ?? 'fixture';
await runProcess({ label: `${name} fixture` }, async () => {
  if (env.FIXTURE_FAIL) throw new Error(env.FIXTURE_FAIL);
  const server = createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(request.url === '/env' ? JSON.stringify(process.env) : '{"ok":true}');
  });
  await once(server.listen(Number(env.PORT ?? 0), '127.0.0.1'), 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: async () => {
      if (env.FIXTURE_STOP_LOG) appendFileSync(env.FIXTURE_STOP_LOG, `${name}\n`);
      server.closeAllConnections();
      server.close();
    },
  };
});
if (env.FIXTURE_IGNORE_SIGTERM) {
  process.removeAllListeners('SIGTERM');
  process.on('SIGTERM', () => undefined);
}
