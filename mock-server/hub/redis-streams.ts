// Reading Redis Streams: ranges and the blocking read. A topic's log is one stream whose entry ids
// are `<seq>-0` (see redis-scripts.ts), so ranges by seq are ranges by id.
// https://redis.io/docs/latest/develop/data-types/streams/
import type { RedisConnection } from './redis-backplane';

/** One stream entry: its id and its fields (`o` origin, `k` kind, `d` data, `h` head seq). */
export type StreamEntry = { id: string; fields: Record<string, string> };

type RawEntry = [string, string[]];

function entryFrom([id, list]: RawEntry): StreamEntry {
  const fields: Record<string, string> = {};
  for (let i = 0; i + 1 < list.length; i += 2) fields[list[i] as string] = list[i + 1] as string;
  return { id, fields };
}

/** Entries from `from` (inclusive) on, oldest first, at most `count`. */
export async function entriesFrom(
  redis: RedisConnection,
  key: string,
  from: string,
  count: number,
): Promise<StreamEntry[]> {
  const raw = (await redis.sendCommand([
    'XRANGE',
    key,
    from,
    '+',
    'COUNT',
    String(count),
  ])) as RawEntry[];
  return raw.map(entryFrom);
}

/** One blocking read over several streams from their cursors; null when the block timed out. */
export async function readStreams(
  redis: RedisConnection,
  cursors: ReadonlyMap<string, string>,
  blockMs: number,
  count: number,
): Promise<{ key: string; entries: StreamEntry[] }[] | null> {
  const keys = [...cursors.keys()];
  const raw = (await redis.sendCommand([
    'XREAD',
    'COUNT',
    String(count),
    'BLOCK',
    String(blockMs),
    'STREAMS',
    ...keys,
    ...keys.map((key) => cursors.get(key) as string),
  ])) as [string, RawEntry[]][] | null;
  if (!raw) return null;
  return raw.map(([key, entries]) => ({ key, entries: entries.map(entryFrom) }));
}
