// What the Redis hub reports about what it keeps (/api/info.bounds.history): stats() is synchronous,
// so it returns what the last background measurement found in Redis, plus what this instance
// published since (re-measured at most once a second).
import type { Backplane } from './redis-backplane';
import type { RedisTopics } from './redis-topics';
import type { HubEntry } from './types';

export async function createMeasurements(
  backplane: Backplane,
  topics: RedisTopics,
  known: ReadonlySet<string>,
  maxEntries: (topic: string) => number,
) {
  const measured = {
    entries: 0,
    bytes: 0,
    trimmed: 0,
    budgetBytes: 0,
    at: 0,
    historyBytes: 0,
    trimmedForBytes: 0,
  };
  let measuring = false;

  async function measure() {
    if (measuring || !backplane.state().up) return;
    measuring = true;
    measured.at = Date.now();
    try {
      let entries = 0;
      let bytes = 0;
      let trimmed = 0;
      let historyBytes = 0;
      let trimmedForBytes = 0;
      for (const topic of known) {
        const [log, , meta] = topics.keysOf(topic);
        const [info, usage, kept] = (await Promise.all([
          backplane.command.sendCommand(['XINFO', 'STREAM', log]).catch(() => null),
          backplane.command.sendCommand(['MEMORY', 'USAGE', log]),
          backplane.command.sendCommand(['HMGET', meta, 'bytes', 'cut']),
        ])) as unknown as [unknown[] | null, number | null, (string | null)[]];
        historyBytes += Number(kept[0] ?? 0);
        trimmedForBytes += Number(kept[1] ?? 0);
        if (!info) continue;
        const field = (name: string) => Number(info[info.indexOf(name) + 1] ?? 0);
        entries += Math.min(field('length'), maxEntries(topic));
        // Redis ≥ 7 counts every entry ever added, so the difference is what trimming removed.
        trimmed += Math.max(0, field('entries-added') - field('length'));
        bytes += Number(usage ?? 0);
      }
      Object.assign(measured, {
        entries,
        bytes,
        trimmed,
        historyBytes,
        trimmedForBytes,
        budgetBytes: await budget(),
      });
    } finally {
      measuring = false;
    }
  }

  /** Redis's `maxmemory`, or when it has none, the memory of the machine it runs on. */
  async function budget(): Promise<number> {
    const info = String(await backplane.command.sendCommand(['INFO', 'memory']));
    const read = (name: string) => Number(new RegExp(`^${name}:(\\d+)`, 'm').exec(info)?.[1] ?? 0);
    return read('maxmemory') || read('total_system_memory');
  }
  measured.budgetBytes = await budget();

  const afterPublish = (entry: HubEntry, keep: boolean) => {
    if (keep) {
      measured.entries++;
      measured.bytes += Buffer.byteLength(entry.data) + entry.kind.length + entry.id.length;
    }
    if (Date.now() - measured.at > 1000) void measure().catch(() => undefined);
  };

  return { measured, measure, afterPublish };
}
