// The cluster's control channel: a teacher on any instance asks one instance (by name) to stop, so
// the class watches that instance's clients move to the others and resume. The request travels as
// a live-only hub entry (never kept, never replayed), which every instance reads; the named one
// marks itself stopped in the instance list (so pages skip it at once) and then shuts down.
import { isRedisHub } from '../hub/backplane';
import type { InstanceInfo } from '../hub/redis-instances';
import type { Hub } from '../hub/types';

export const CONTROL_TOPIC = 'cluster:control';

export type ClusterView = {
  /** True when instances share a Redis hub; one in-memory server lists only itself. */
  clustered: boolean;
  self: string;
  instances: InstanceInfo[];
};

export type ClusterControl = {
  view(clients: () => Promise<number>, url: string): Promise<ClusterView>;
  /** Asks `name` to stop; false when no live instance has that name. */
  requestStop(name: string): Promise<boolean>;
  close(): void;
};

type StopRequest = { stop: string };
const isStopRequest = (value: unknown): value is StopRequest =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { stop?: unknown }).stop === 'string';

export async function createClusterControl(
  hub: Hub,
  /** This instance's name (known once its port is). */
  selfName: () => string,
  onStop: () => void,
): Promise<ClusterControl> {
  let stopping = false;
  const subscription = isRedisHub(hub)
    ? await hub.subscribe(CONTROL_TOPIC, { after: null }, (entry) => {
        let request: unknown;
        try {
          request = JSON.parse(entry.data);
        } catch {
          return; // not ours: nothing else writes this topic
        }
        if (!isStopRequest(request) || request.stop !== selfName() || stopping) return;
        stopping = true;
        void hub.instances
          .markStopped()
          .catch(() => undefined)
          .finally(onStop);
      })
    : null;

  return {
    async view(clients, url) {
      if (!isRedisHub(hub))
        return {
          clustered: false,
          self: selfName(),
          instances: [
            {
              name: selfName(),
              url,
              clients: await clients(),
              startedAt: 0,
              alive: true,
              stopped: false,
              silentMs: 0,
            },
          ],
        };
      return { clustered: true, self: selfName(), instances: await hub.instances.list() };
    },
    async requestStop(name) {
      if (!isRedisHub(hub)) return false;
      const known = await hub.instances.list();
      if (!known.some((instance) => instance.name === name && instance.alive)) return false;
      await hub.publish(
        CONTROL_TOPIC,
        { kind: 'stop', data: JSON.stringify({ stop: name }) },
        { keep: false },
      );
      return true;
    },
    close: () => subscription?.close(),
  };
}
