// Presence per room in Redis, shared by every instance. A member expires `ttlMs` after its last
// join (the chat refreshes its own members while they are connected), so the members of an instance
// that died vanish on their own: nobody has to notice the death. Time is Redis's own clock (TIME), so
// instances whose clocks disagree still agree on who has expired.
import type { Backplane } from './redis-backplane';
import { runScript } from './redis-scripts';
import type { HubPresence, PresenceMember } from './types';

const NOW = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

/** KEYS: expiry zset, order zset, info hash. ARGV: id, member JSON, ttlMs. */
const JOIN = `${NOW}
local ttl = tonumber(ARGV[3])
redis.call('ZADD', KEYS[1], now + ttl, ARGV[1])
redis.call('ZADD', KEYS[2], 'NX', now, ARGV[1])
redis.call('HSET', KEYS[3], ARGV[1], ARGV[2])
-- The room's keys outlive their longest-lived member by a minute, then go by themselves.
for i = 1, 3 do redis.call('PEXPIRE', KEYS[i], ttl + 60000) end
return 1`;

/** KEYS: expiry zset, order zset, info hash. ARGV: id. */
const LEAVE = `redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('ZREM', KEYS[2], ARGV[1])
return redis.call('HDEL', KEYS[3], ARGV[1])`;

/** Drops the expired, then the first `limit` members by first join. KEYS as above. ARGV: limit. */
const LIST = `${NOW}
local dead = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now)
for i = 1, #dead, 500 do
  local chunk = {unpack(dead, i, math.min(i + 499, #dead))}
  redis.call('ZREM', KEYS[1], unpack(chunk))
  redis.call('ZREM', KEYS[2], unpack(chunk))
  redis.call('HDEL', KEYS[3], unpack(chunk))
end
local ids = redis.call('ZRANGE', KEYS[2], 0, tonumber(ARGV[1]) - 1)
local reply = {redis.call('ZCARD', KEYS[2]), #dead}
if #ids > 0 then
  for _, json in ipairs(redis.call('HMGET', KEYS[3], unpack(ids))) do table.insert(reply, json) end
end
return reply`;

function parseMember(json: unknown): PresenceMember | null {
  if (typeof json !== 'string') return null;
  try {
    const value = JSON.parse(json) as Partial<PresenceMember>;
    if (typeof value.id !== 'string' || typeof value.name !== 'string') return null;
    return { id: value.id, name: value.name, color: String(value.color ?? '') };
  } catch {
    return null;
  }
}

export function createRedisPresence(backplane: Backplane, prefix: string) {
  const redis = backplane.command;
  const keysOf = (room: string) => {
    const base = `${prefix}{presence:${room}}`;
    return [`${base}:expiry`, `${base}:order`, `${base}:info`];
  };
  const rooms = new Map<string, number>(); // rooms last listed here → their member count
  const counters = { expired: 0 };

  const presence: HubPresence = {
    async join(room, member, ttlMs) {
      backplane.assertUp();
      const json = JSON.stringify({ id: member.id, name: member.name, color: member.color });
      await runScript(redis, JOIN, keysOf(room), [
        member.id,
        json,
        String(Math.max(1, Math.round(ttlMs))),
      ]);
    },
    async leave(room, id) {
      backplane.assertUp();
      await runScript(redis, LEAVE, keysOf(room), [id]);
    },
    async list(room, limit = 100) {
      backplane.assertUp();
      const reply = (await runScript(redis, LIST, keysOf(room), [
        String(Math.max(1, limit)),
      ])) as unknown[];
      const [total, expired, ...infos] = reply;
      counters.expired += Number(expired);
      const members = infos.map(parseMember).filter((m): m is PresenceMember => m !== null);
      if (Number(total) > 0) rooms.set(room, Number(total));
      else rooms.delete(room);
      return { members, total: Number(total) };
    },
  };

  return {
    presence,
    /** What this instance last saw (the rooms it listed); Redis holds the truth. */
    stats() {
      let members = 0;
      for (const count of rooms.values()) members += count;
      return {
        presenceRooms: rooms.size,
        presenceMembers: members,
        expiredMembers: counters.expired,
      };
    },
  };
}
