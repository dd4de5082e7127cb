// What the rest of the server asks of "the backplane" without knowing which hub it has: whether
// it is up (a memory hub always is), which instances share it, and whether an error means
// "Redis is away, nothing was stored" (a refusal to pass on, not a bug to log).
import { BackplaneDownError } from './redis-backplane';
import type { BackplaneInfo, RedisHub } from './redis-hub';
import type { InstanceInfo } from './redis-instances';
import type { Hub } from './types';
import type { ServerSaid } from '../../src/shared/server-words';

export const isRedisHub = (hub: Hub): hub is RedisHub => 'backplane' in hub;

export type BackplaneReport = BackplaneInfo | { kind: 'memory'; up: true; reason: null };

export function backplaneOf(hub: Hub): BackplaneReport {
  return isRedisHub(hub) ? hub.backplane() : { kind: 'memory', up: true, reason: null };
}

/** The instances sharing the backplane; [] for one in-memory server or while Redis is away. */
export async function instancesOf(hub: Hub): Promise<InstanceInfo[]> {
  if (!isRedisHub(hub) || !hub.backplane().up) return [];
  return hub.instances.list().catch(() => []);
}

/** The reason to tell a client when an error means "Redis is away, nothing was stored"; else null. */
export const backplaneRefusal = (error: unknown): ServerSaid | null =>
  error instanceof BackplaneDownError ? error.said : null;
