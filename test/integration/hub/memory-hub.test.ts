import { describe, expect, it } from 'vitest';
import { createMemoryHub } from '../../../mock-server/hub/memory-hub';
import { CONTRACT_RETENTION, hubContract } from './hub-contract';

hubContract('memory', () => createMemoryHub({ retention: CONTRACT_RETENTION }));

describe('memory hub: one budget for every topic', () => {
  const data = 'x'.repeat(1000);
  const retention = (topic: string) => ({
    maxEntries: 100,
    maxBytes: 20_000,
    evictWhenIdle: !topic.startsWith('keep:'),
  });

  it('forgets idle topics, the longest idle first, before touching a topic in use', async () => {
    let clock = 0;
    const hub = createMemoryHub({ budgetBytes: 40_000, retention, now: () => clock });
    const subs = [];
    for (const room of ['old', 'newer', 'live']) {
      const sub = await hub.subscribe(room, { after: null }, () => undefined);
      for (let i = 0; i < 10; i++) await hub.publish(room, { kind: 'chat', data });
      subs.push(sub);
    }
    clock = 1;
    subs[0]?.close(); // "old" empties first…
    clock = 2;
    subs[1]?.close(); // …then "newer"
    for (let i = 0; i < 15; i++) await hub.publish('live', { kind: 'chat', data });
    const stats = hub.stats();
    expect(stats.bytes).toBeLessThanOrEqual(40_000);
    expect(stats.evictedTopics).toBeGreaterThanOrEqual(1);
    expect((await hub.read('old')).entries).toHaveLength(0);
    expect((await hub.read('live')).entries.length).toBeGreaterThan(10);
    await hub.close();
  });

  it('keeps a topic within its own share, and forgets idle topics after idleMs', async () => {
    let clock = 0;
    const hub = createMemoryHub({ retention, idleMs: 1000, now: () => clock });
    for (let i = 0; i < 50; i++) await hub.publish('big', { kind: 'chat', data });
    await hub.publish('keep:feed', { kind: 'chat', data });
    const page = await hub.read('big', { limit: 1000 });
    expect(page.entries.length).toBeLessThan(20);
    expect(hub.stats().trimmedEntries).toBeGreaterThan(30);
    clock = 5000;
    const stats = hub.stats();
    expect(stats.topics).toBe(1); // only the topic that is never evicted when idle
    expect((await hub.read('keep:feed')).entries).toHaveLength(1);
    await hub.close();
  });
});
