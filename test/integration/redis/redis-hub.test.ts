// The Redis hub on its own, two hubs (two "instances") on one real Redis: what only a shared
// backplane has to get right. The behaviour every hub shares is in the contract suite.
import { afterEach, expect, it } from 'vitest';
import { createRedisHub, type RedisHub } from '../../../mock-server/hub/redis-hub';
import type { HubEntry } from '../../../mock-server/hub/types';
import { describeWithRedis, useRedis } from '../support/redis';

const until = async (check: () => boolean, what: string, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describeWithRedis('the Redis hub, two instances on one Redis', () => {
  const redis = useRedis({ persist: true });
  const open: RedisHub[] = [];
  const hub = async (prefix: string) => {
    const created = await createRedisHub({
      url: redis().url,
      prefix,
      retention: () => ({ maxEntries: 300 }),
      reader: { blockMs: 1000 },
    });
    open.push(created);
    return created;
  };
  afterEach(async () => {
    await Promise.all(open.splice(0).map((h) => h.close()));
  });

  it('an entry published on A reaches B live, with the same id, in order, once', async () => {
    const [a, b] = [await hub('t1:'), await hub('t1:')];
    const seen: HubEntry[] = [];
    const sub = await b.subscribe('room:x', { after: null }, (entry) => seen.push(entry));
    const sent: HubEntry[] = [];
    for (let i = 0; i < 50; i++)
      sent.push(await a.publish('room:x', { kind: 'chat', data: `m${i}` }));
    await until(() => seen.length === 50, '50 entries on B');
    expect(seen.map((e) => e.id)).toEqual(sent.map((e) => e.id));
    expect(seen.map((e) => e.data)).toEqual(sent.map((e) => e.data));
    // Ids grow by exactly one, as the SSE page's gap detector expects.
    const seqs = sent.map((e) => Number(e.id.split('-')[1]));
    expect(seqs).toEqual(seqs.map((_, i) => (seqs[0] as number) + i));
    sub.close();
  });

  it('resumes from a cursor on another instance while entries keep coming: no gap, no duplicate', async () => {
    const [a, b] = [await hub('t2:'), await hub('t2:')];
    for (let i = 0; i < 100; i++) await a.publish('feed', { kind: 'message', data: `e${i}` });
    const cursor = (await a.read('feed', { limit: 40 })).entries.at(-1)?.id as string;
    const seen: string[] = [];
    // Publishing goes on while B catches up and goes live.
    const writer = (async () => {
      for (let i = 100; i < 200; i++) await a.publish('feed', { kind: 'message', data: `e${i}` });
    })();
    const sub = await b.subscribe('feed', { after: cursor }, (entry) => seen.push(entry.data));
    await writer;
    await until(() => seen.length >= 160, '160 entries');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sub.gap).toBeNull();
    expect(seen).toEqual(Array.from({ length: 160 }, (_, i) => `e${i + 40}`));
    sub.close();
  });

  it('says so when the cursor was trimmed away, and how much was lost', async () => {
    const a = await hub('t3:');
    const first = await a.publish('room:t', { kind: 'chat', data: 'first' });
    // Pipelined: with `appendfsync always`, one fsync then covers a whole batch.
    for (let batch = 0; batch < 10; batch++)
      await Promise.all(
        Array.from({ length: 200 }, (_, i) => a.publish('room:t', { kind: 'chat', data: `x${i}` })),
      );
    const page = await a.read('room:t', { after: first.id, limit: 10 });
    expect(page.gap?.reason).toBe('trimmed');
    expect(page.gap?.lost).toBeGreaterThan(0);
    // MINID ~ keeps at least the retention (300), never much more than a macro-node over it.
    expect(page.total).toBeGreaterThanOrEqual(300);
    expect(page.total).toBeLessThan(1000);
  });

  it('keeps each topic under its byte bound: the oldest go first, a cursor before them is told, and the cut is counted', async () => {
    const a = await createRedisHub({
      url: redis().url,
      prefix: 'bytes:',
      retention: () => ({ maxEntries: 300, maxBytes: 1000 }),
      reader: { blockMs: 1000 },
    });
    open.push(a);
    const first = await a.publish('room:b', { kind: 'chat', data: 'y'.repeat(100) });
    for (let i = 1; i < 20; i++)
      await a.publish('room:b', { kind: 'chat', data: `${i}`.padStart(100, '.') });
    const page = await a.read('room:b', { limit: 100 });
    const kept = page.entries.reduce((sum, entry) => sum + entry.data.length, 0);
    expect(kept).toBeLessThanOrEqual(1000);
    expect(page.entries).toHaveLength(10);
    expect(page.entries.at(-1)?.data.endsWith('19')).toBe(true);
    const resumed = await a.read('room:b', { after: first.id, limit: 100 });
    expect(resumed.gap).toEqual({ reason: 'trimmed', lost: 9 });
    a.stats();
    await until(() => (a.stats().trimmedForBytes ?? 0) === 10, 'the cut counted');
    expect(a.stats().historyBytes).toBe(1000);
  });

  it('presence is shared, and a member nobody refreshes is gone after its time to live', async () => {
    const [a, b] = [await hub('t4:'), await hub('t4:')];
    const joinedAt = Date.now();
    await a.presence.join('lobby', { id: 'p1', name: 'Ada', color: '#111111' }, 2000);
    await b.presence.join('lobby', { id: 'p2', name: 'Bo', color: '#222222' }, 60_000);
    expect((await b.presence.list('lobby')).members.map((m) => m.name)).toEqual(['Ada', 'Bo']);
    while ((await a.presence.list('lobby')).total > 1) {
      expect(Date.now() - joinedAt).toBeLessThan(4000);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(Date.now() - joinedAt).toBeGreaterThanOrEqual(1900);
    expect(await a.presence.list('lobby')).toEqual({
      members: [{ id: 'p2', name: 'Bo', color: '#222222' }],
      total: 1,
    });
    await b.presence.leave('lobby', 'p2');
    expect((await a.presence.list('lobby')).total).toBe(0);
  });

  it('lists the instances sharing Redis, and one that stopped its heartbeat as gone', async () => {
    const options = { url: redis().url, prefix: 't6:', instances: { everyMs: 50, ttlMs: 200 } };
    const [a, b] = [await createRedisHub(options), await createRedisHub(options)];
    open.push(a, b);
    a.instances.register({ name: 'a', url: 'http://localhost:1/', clients: async () => 3 });
    b.instances.register({ name: 'b', url: 'http://localhost:2/', clients: async () => 4 });
    let both = await b.instances.list();
    while (both.length < 2) both = await b.instances.list();
    expect(both.map(({ name, url, clients, alive }) => ({ name, url, clients, alive }))).toEqual([
      { name: 'a', url: 'http://localhost:1/', clients: 3, alive: true },
      { name: 'b', url: 'http://localhost:2/', clients: 4, alive: true },
    ]);
    a.instances.close();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const after = await b.instances.list();
    expect(after.map(({ name, alive }) => ({ name, alive }))).toEqual([
      { name: 'a', alive: false },
      { name: 'b', alive: true },
    ]);
    expect(after[0]?.silentMs).toBeGreaterThanOrEqual(200);
  });

  it('refuses while Redis is down, then reads on from its last id: nothing acknowledged is lost', async () => {
    const [a, b] = [await hub('t5:'), await hub('t5:')];
    const seen: string[] = [];
    await b.subscribe('room:r', { after: null }, (entry) => seen.push(entry.data));
    await a.publish('room:r', { kind: 'chat', data: 'before' });
    await redis().stop();
    await until(() => !a.backplane().up, 'backplane down on A');
    await expect(a.publish('room:r', { kind: 'chat', data: 'while down' })).rejects.toThrow(
      /backplane down/,
    );
    await redis().start();
    await until(() => a.backplane().up && b.backplane().up, 'backplane up again', 10_000);
    await a.publish('room:r', { kind: 'chat', data: 'after' });
    await until(() => seen.includes('after'), '"after" on B', 10_000);
    expect(seen).toEqual(['before', 'after']);
  });
});
