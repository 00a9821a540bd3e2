import { Cluster, Redis, type RedisOptions } from 'ioredis';

/** One Redis server or a Redis Cluster: both take the same commands, a cluster routes them by key slot. */
export type RedisClient = Redis | Cluster;

/** The scheme that names a Redis Cluster in `REDIS_URL`: `redis+cluster://host:port,host:port`. */
const CLUSTER_SCHEME = /^(rediss?)\+cluster:\/\/(?:([^:@/]*)(?::([^@/]*))?@)?([^/?#]+)\/?$/;

export interface ClusterAddress {
  /** Seed nodes; the client discovers the rest with CLUSTER SLOTS. */
  nodes: { host: string; port: number }[];
  username?: string;
  password?: string;
  tls: boolean;
}

/**
 * Reads a cluster address, or null for a plain `redis://` URL. Any one reachable node is enough
 * to start; listing several lets a process start while one of them is down.
 */
export function clusterAddress(url: string): ClusterAddress | null {
  const match = CLUSTER_SCHEME.exec(url);
  if (!match) return null;
  const [, scheme, username, password, hosts] = match;
  const nodes = hosts!.split(',').map((host) => {
    const at = host.lastIndexOf(':');
    const port = Number(host.slice(at + 1));
    if (at <= 0 || !Number.isInteger(port)) throw new Error(`REDIS_URL: "${host}" is not host:port`);
    return { host: host.slice(0, at).replace(/^\[(.*)\]$/, '$1'), port };
  });
  const decode = (text: string | undefined) => (text ? decodeURIComponent(text) : undefined);
  return { nodes, username: decode(username), password: decode(password), tls: scheme === 'rediss' };
}

export interface RedisConnectionOptions extends Omit<RedisOptions, 'enableOfflineQueue'> {
  /** Queue commands while disconnected (ioredis's default) or fail them at once. Default true. */
  enableOfflineQueue?: boolean;
}

/** Connects to `REDIS_URL`: a `Cluster` for `redis+cluster://…`, otherwise one `Redis`. */
export function connectRedis(url: string, options: RedisConnectionOptions = {}): RedisClient {
  const cluster = clusterAddress(url);
  if (!cluster) return new Redis(url, options);
  const { enableOfflineQueue, lazyConnect, ...perNode } = options;
  return new Cluster(cluster.nodes, {
    enableOfflineQueue,
    lazyConnect,
    redisOptions: { ...perNode, username: cluster.username, password: cluster.password, ...(cluster.tls ? { tls: {} } : {}) },
  });
}

export const isCluster = (client: RedisClient): client is Cluster => client instanceof Cluster;

/** Where `REDIS_URL` points, for start-up lines and reports, without credentials. */
export function describeRedis(url: string): string {
  const cluster = clusterAddress(url);
  return cluster ? `redis cluster ${cluster.nodes.map((node) => `${node.host}:${node.port}`).join(',')}` : `redis ${new URL(url).host}`;
}

/** The hash tag of a key (`{…}`, Redis Cluster spec §"Hash tags"), or null: keys with one tag share a slot. */
export function hashTag(key: string): string | null {
  const open = key.indexOf('{');
  const close = open < 0 ? -1 : key.indexOf('}', open + 1);
  return close > open + 1 ? key.slice(open + 1, close) : null;
}
