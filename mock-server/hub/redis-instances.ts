// Which server instances share this Redis: each one writes a heartbeat (its URL and client count)
// every `everyMs`; one that stops writing for `ttlMs` is listed as gone (and forgotten after ten
// minutes), so the server panel shows an instance die and its clients move elsewhere.
// Time is Redis's clock (TIME), as for presence.
import type { Backplane } from './redis-backplane';
import { runScript } from './redis-scripts';

export type InstanceInfo = {
  name: string;
  url: string;
  clients: number;
  startedAt: number;
  /** false once its heartbeat is older than the time to live, or once it was told to stop. */
  alive: boolean;
  /** A teacher stopped it (it said so before it went). */
  stopped: boolean;
  /** Milliseconds since its last heartbeat, on Redis's clock. */
  silentMs: number;
};

/** KEYS: beats zset, info hash. ARGV: name, JSON. */
const BEAT = `local t = redis.call('TIME')
redis.call('ZADD', KEYS[1], tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000), ARGV[1])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
return 1`;

/** KEYS: beats zset, info hash. ARGV: forgetMs. Replies now, then name, beat, JSON triples. */
const LIST = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local old = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[1]))
for _, name in ipairs(old) do
  redis.call('ZREM', KEYS[1], name)
  redis.call('HDEL', KEYS[2], name)
end
local reply = {now}
local beats = redis.call('ZRANGE', KEYS[1], 0, -1, 'WITHSCORES')
for i = 1, #beats, 2 do
  table.insert(reply, beats[i])
  table.insert(reply, beats[i + 1])
  table.insert(reply, redis.call('HGET', KEYS[2], beats[i]) or '{}')
end
return reply`;

export type InstanceSelf = { name: string; url: string; clients: () => Promise<number> };

export function createInstanceRegistry(
  backplane: Backplane,
  prefix: string,
  options: { everyMs?: number; ttlMs?: number } = {},
) {
  const everyMs = options.everyMs ?? 2000;
  const ttlMs = options.ttlMs ?? everyMs * 3;
  const keys = [`${prefix}{instances}:beats`, `${prefix}{instances}:info`];
  let timer: NodeJS.Timeout | null = null;
  let halted = false;
  let last: { name: string; info: Record<string, unknown> } | null = null;

  return {
    /** Starts this instance's heartbeat (the first one at once). */
    register(self: InstanceSelf) {
      const startedAt = Date.now();
      const beat = async () => {
        if (!backplane.state().up || halted) return;
        const info = { url: self.url, clients: await self.clients(), startedAt };
        last = { name: self.name, info };
        if (halted) return; // stopped while counting: the "stopped" row stays
        await runScript(backplane.command, BEAT, keys, [self.name, JSON.stringify(info)]);
      };
      const tick = () => void beat().catch(() => undefined);
      tick();
      if (timer) clearInterval(timer);
      timer = setInterval(tick, everyMs);
      timer.unref();
    },
    async list(): Promise<InstanceInfo[]> {
      backplane.assertUp();
      const [now, ...rows] = (await runScript(backplane.command, LIST, keys, [
        String(10 * 60_000),
      ])) as [number, ...string[]];
      const instances: InstanceInfo[] = [];
      for (let i = 0; i + 2 < rows.length; i += 3) {
        const silentMs = Math.max(0, Number(now) - Number(rows[i + 1]));
        let info: Partial<Pick<InstanceInfo, 'url' | 'clients' | 'startedAt' | 'stopped'>> = {};
        try {
          info = JSON.parse(String(rows[i + 2])) as typeof info;
        } catch {
          // A row another version wrote: listed by name only.
        }
        instances.push({
          name: String(rows[i]),
          url: String(info.url ?? ''),
          clients: Number(info.clients ?? 0),
          startedAt: Number(info.startedAt ?? 0),
          alive: silentMs < ttlMs && info.stopped !== true,
          stopped: info.stopped === true,
          silentMs,
        });
      }
      return instances.sort((a, b) => a.name.localeCompare(b.name));
    },
    /** Says "stopped" in the list at once (pages then skip it) and writes no more heartbeats. */
    async markStopped() {
      halted = true;
      if (timer) clearInterval(timer);
      timer = null;
      if (!last) return;
      const info = { ...last.info, clients: 0, stopped: true };
      await runScript(backplane.command, BEAT, keys, [last.name, JSON.stringify(info)]);
    },
    close() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
