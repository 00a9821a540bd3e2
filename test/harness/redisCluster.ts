import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort, startRedisServer, type RunningRedis } from './redisServer.ts';

const run = promisify(execFile);

export interface RunningCluster {
  /** `redis+cluster://127.0.0.1:p1,127.0.0.1:p2,…`, as `REDIS_URL` takes it. */
  url: string;
  nodes: RunningRedis[];
  /** The index in `nodes` of the master that serves `key`'s slot. */
  masterOf(key: string): Promise<number>;
  /** Starts node `index` again after it was stopped or killed, on its port, from its cluster config. */
  restart(index: number): Promise<void>;
  stop(): Promise<void>;
}

/** Whether every node says `cluster_state:ok`, each with all 16384 slots assigned. */
async function clusterReady(nodes: readonly RunningRedis[]): Promise<boolean> {
  const infos = await Promise.all(nodes.map((node) => run('redis-cli', ['-p', String(node.port), 'cluster', 'info']).then(({ stdout }) => stdout, () => '')));
  return infos.every((info) => /cluster_state:ok/.test(info) && /cluster_slots_assigned:16384/.test(info));
}

/**
 * Starts a Redis Cluster of `masters` masters (no replicas) on free ports: one `redis-server
 * --cluster-enabled yes` per node with its own config file and bus port, joined and given the
 * slots by `redis-cli --cluster create`, then waited on until every node reports the cluster ok
 * (a signal, polled; never a fixed sleep). No persistence: a test cluster starts empty.
 */
export async function startRedisCluster(masters = 3, timeoutMs = 30_000): Promise<RunningCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-redis-cluster-'));
  const nodes: RunningRedis[] = [];
  const stop = async () => {
    await Promise.all(nodes.map((node) => node.stop()));
    rmSync(dir, { recursive: true, force: true });
  };
  const busPorts = new Map<number, number>();
  const node = (port?: number) =>
    startRedisServer({
      port,
      extraArgs: async (at) => {
        busPorts.set(at, busPorts.get(at) ?? (await freePort()));
        return ['--cluster-enabled', 'yes', '--cluster-config-file', join(dir, `nodes-${at}.conf`), '--cluster-port', String(busPorts.get(at)), '--cluster-node-timeout', '2000'];
      },
    });
  const masterOf = async (key: string) => {
    const cli = (...args: string[]) => run('redis-cli', ['-p', String(nodes[0]!.port), ...args]).then(({ stdout }) => stdout.trim());
    const slot = Number(await cli('cluster', 'keyslot', key));
    // CLUSTER NODES: `<id> <ip:port@bus> <flags> <master> <ping> <pong> <epoch> <link> <slot ranges…>`
    for (const line of (await cli('cluster', 'nodes')).split('\n')) {
      const [, address, flags, , , , , , ...ranges] = line.split(' ');
      const serves = ranges.some((range) => {
        const [from, to = from] = range.split('-').map(Number);
        return slot >= from! && slot <= to!;
      });
      if (flags?.includes('master') && serves) return nodes.findIndex((node) => address?.startsWith(`127.0.0.1:${node.port}@`));
    }
    throw new Error(`no master serves slot ${slot}`);
  };
  const restart = async (index: number) => {
    await nodes[index]!.stop();
    nodes[index] = await node(nodes[index]!.port);
  };
  try {
    for (let i = 0; i < masters; i++) nodes.push(await node());
    const addresses = nodes.map((node) => `127.0.0.1:${node.port}`);
    await run('redis-cli', ['--cluster', 'create', ...addresses, '--cluster-replicas', '0', '--cluster-yes'], { timeout: timeoutMs });
    const deadline = Date.now() + timeoutMs;
    while (!(await clusterReady(nodes))) {
      if (Date.now() > deadline) throw new Error(`the Redis Cluster on ${addresses.join(', ')} did not become ok within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return { url: `redis+cluster://${addresses.join(',')}`, nodes, masterOf, restart, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
