// The few steps that must be atomic in Redis, as Lua scripts (a script runs alone, so no other
// instance's command falls between its lines: https://redis.io/docs/latest/develop/programmability/eval-intro/).
// Every key of one topic or room carries the same hash tag `{…}`, so under Redis Cluster they sit
// in one slot and a script may touch them together.
import { createHash } from 'node:crypto';
import type { RedisConnection } from './redis-backplane';

/**
 * EVALSHA sends the script's digest instead of its text; a Redis that does not know it yet (just
 * started, or restarted) answers NOSCRIPT, and EVAL then sends the text once and caches it.
 */
export async function runScript(
  redis: RedisConnection,
  script: string,
  keys: readonly string[],
  args: readonly string[],
): Promise<unknown> {
  const sha = createHash('sha1').update(script).digest('hex');
  const rest = [String(keys.length), ...keys, ...args];
  try {
    return await redis.sendCommand(['EVALSHA', sha, ...rest]);
  } catch (error) {
    if (!String((error as Error).message).startsWith('NOSCRIPT')) throw error;
    return redis.sendCommand(['EVAL', script, ...rest]);
  }
}

/**
 * Appends one entry. The topic's counter and its stream move together: the entry's stream id is
 * `<seq>-0`, so hub ids (`<origin>-<seq>`) grow by exactly 1 on every instance. MINID trims by that
 * counter (`~`: whole macro-nodes only, so at least `keep` entries stay). A live-only entry goes to
 * a short second stream and takes the current head as its id. Needs Redis ≥ 6.2 (MINID).
 *
 * The byte bound: `floor` (in meta) is the oldest seq still served and `bytes` the data bytes from
 * it on. Entries leave by count (the last `served`) or, while `bytes` passes `maxBytes`, oldest
 * first; each one leaving is read once (XRANGE of one id) to subtract its size. `cut` counts those
 * cut for bytes. The stream itself keeps its slack for lagging readers; history never serves them.
 * KEYS: log, live, meta. ARGV: origin if new, keep (1|0), maxEntries (physical), kind, data, from,
 * served (entries), maxBytes.
 */
const PUBLISH = `
local origin = redis.call('HGET', KEYS[3], 'origin')
if not origin then
  origin = ARGV[1]
  redis.call('HSET', KEYS[3], 'origin', origin, 'seq', 0)
end
if ARGV[2] == '1' then
  local seq = redis.call('HINCRBY', KEYS[3], 'seq', 1)
  local minid = math.max(1, seq - tonumber(ARGV[3]) + 1)
  redis.call('XADD', KEYS[1], 'MINID', '~', minid .. '-0', seq .. '-0', 'o', origin, 'k', ARGV[4], 'd', ARGV[5], 'f', ARGV[6])
  local bytes = redis.call('HINCRBY', KEYS[3], 'bytes', #ARGV[5])
  local floor = tonumber(redis.call('HGET', KEYS[3], 'floor') or '1')
  local byCount = seq - tonumber(ARGV[7]) + 1
  local maxBytes = tonumber(ARGV[8])
  local cut = 0
  while floor < seq and (floor < byCount or bytes > maxBytes) do
    local gone = redis.call('XRANGE', KEYS[1], floor .. '-0', floor .. '-0')[1]
    if gone then
      local fields = gone[2]
      for i = 1, #fields, 2 do
        if fields[i] == 'd' then bytes = bytes - #fields[i + 1] end
      end
    end
    if floor >= byCount then cut = cut + 1 end
    floor = floor + 1
  end
  redis.call('HSET', KEYS[3], 'floor', floor, 'bytes', bytes)
  if cut > 0 then redis.call('HINCRBY', KEYS[3], 'cut', cut) end
  return {origin, seq}
end
local seq = tonumber(redis.call('HGET', KEYS[3], 'seq'))
redis.call('XADD', KEYS[2], 'MAXLEN', '~', 100, '*', 'o', origin, 'h', seq, 'k', ARGV[4], 'd', ARGV[5], 'f', ARGV[6])
return {origin, seq}
`;

/**
 * The topic's origin (created if new), its last seq, the seq of the oldest entry kept (seq + 1 when
 * none is), and the live stream's last id. `~` trimming leaves up to a macro-node more than asked,
 * so "kept" is exactly the last `maxEntries`: older entries still in the stream are never served.
 * KEYS: log, live, meta. ARGV: origin if new, maxEntries.
 */
const STATE = `
local origin = redis.call('HGET', KEYS[3], 'origin')
if not origin then
  origin = ARGV[1]
  redis.call('HSET', KEYS[3], 'origin', origin, 'seq', 0)
end
local seq = tonumber(redis.call('HGET', KEYS[3], 'seq'))
local first = redis.call('XRANGE', KEYS[1], '-', '+', 'COUNT', 1)[1]
local oldest = seq + 1
if first then oldest = tonumber(string.match(first[1], '^(%d+)')) end
oldest = math.max(oldest, seq - tonumber(ARGV[2]) + 1, tonumber(redis.call('HGET', KEYS[3], 'floor') or '1'))
local live = redis.call('XREVRANGE', KEYS[2], '+', '-', 'COUNT', 1)[1]
local liveId = '0-0'
if live then liveId = live[1] end
return {origin, seq, oldest, liveId}
`;

export type PublishReply = { origin: string; seq: number };
export type TopicState = { origin: string; seq: number; oldest: number; liveId: string };

/** Base-36 milliseconds: a topic created later (say, after Redis lost its data) has a new origin. */
const newOrigin = () => Date.now().toString(36);

export async function publishScript(
  redis: RedisConnection,
  keys: readonly [string, string, string],
  entry: {
    keep: boolean;
    maxEntries: number;
    kind: string;
    data: string;
    from: string;
    /** Entries and data bytes history serves (the physical stream keeps more, for lagging readers). */
    served: number;
    maxBytes: number;
  },
): Promise<PublishReply> {
  const [origin, seq] = (await runScript(redis, PUBLISH, keys, [
    newOrigin(),
    entry.keep ? '1' : '0',
    String(entry.maxEntries),
    entry.kind,
    entry.data,
    entry.from,
    String(entry.served),
    String(entry.maxBytes),
  ])) as [string, number];
  return { origin: String(origin), seq: Number(seq) };
}

export async function topicState(
  redis: RedisConnection,
  keys: readonly [string, string, string],
  maxEntries: number,
): Promise<TopicState> {
  const [origin, seq, oldest, liveId] = (await runScript(redis, STATE, keys, [
    newOrigin(),
    String(maxEntries),
  ])) as [string, number, number, string];
  return { origin: String(origin), seq: Number(seq), oldest: Number(oldest), liveId };
}
