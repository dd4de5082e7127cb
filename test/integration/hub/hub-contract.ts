// The Hub contract (mock-server/hub/types.ts) as a suite any implementation runs: pass a factory
// that makes a fresh, empty hub with the retention below. The memory hub runs it today
// (memory-hub.test.ts); a Redis hub runs the same file.
import { afterEach, describe, expect, it } from 'vitest';
import type { Hub, HubEntry, Retention } from '../../../mock-server/hub/types';

/** Topics named `small:*` keep 5 entries; every other topic keeps 1,000. */
export const CONTRACT_RETENTION = (topic: string): Retention =>
  topic.startsWith('small:')
    ? { maxEntries: 5, maxBytes: 1024 * 1024, evictWhenIdle: true }
    : { maxEntries: 1000, maxBytes: 1024 * 1024, evictWhenIdle: true };

export type HubFactory = () => Hub | Promise<Hub>;

const ID = /^([a-z0-9]{1,16})-(\d{1,15})$/;
const seqOf = (id: string) => Number(ID.exec(id)?.[2]);
const originOf = (id: string) => ID.exec(id)?.[1];
const message = (i: number) => ({ kind: 'chat', data: JSON.stringify({ i }) });
const iOf = (entry: HubEntry) => (JSON.parse(entry.data) as { i: number }).i;

export function hubContract(name: string, factory: HubFactory) {
  describe(`Hub contract: ${name}`, () => {
    const hubs: Hub[] = [];
    const make = async () => {
      const hub = await factory();
      hubs.push(hub);
      return hub;
    };
    afterEach(async () => {
      await Promise.all(hubs.splice(0).map((hub) => hub.close()));
    });

    it('assigns ids <origin>-<seq>, seq +1 per kept entry, and publish resolves with them', async () => {
      const hub = await make();
      const head = await hub.head('t');
      expect(head).toMatch(ID);
      const entries = [];
      for (let i = 1; i <= 3; i++) entries.push(await hub.publish('t', message(i)));
      expect(entries.map((e) => seqOf(e.id))).toEqual([1, 2, 3].map((n) => seqOf(head) + n));
      expect(new Set(entries.map((e) => originOf(e.id)))).toEqual(new Set([originOf(head)]));
      expect(entries[0]).toMatchObject({ topic: 't', kind: 'chat', data: '{"i":1}' });
      expect(await hub.head('t')).toBe(entries[2]?.id);
    });

    it('reads history after a cursor, in pages, oldest first', async () => {
      const hub = await make();
      const ids: string[] = [];
      for (let i = 1; i <= 10; i++) ids.push((await hub.publish('t', message(i))).id);
      const all = await hub.read('t');
      expect(all.entries.map(iOf)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(all.gap).toBeNull();
      const page = await hub.read('t', { after: ids[3], limit: 4 });
      expect(page.entries.map(iOf)).toEqual([5, 6, 7, 8]);
      expect(page).toMatchObject({ more: true, start: ids[3], gap: null });
      expect([6, null]).toContain(page.total);
      const rest = await hub.read('t', { after: page.entries.at(-1)?.id });
      expect(rest.entries.map(iOf)).toEqual([9, 10]);
      expect(rest.more).toBe(false);
      expect((await hub.read('t', { after: ids[9] })).entries).toEqual([]);
    });

    it('keeps a bounded history and says "trimmed", with what was lost, for an old cursor', async () => {
      const hub = await make();
      const ids: string[] = [];
      for (let i = 1; i <= 12; i++) ids.push((await hub.publish('small:a', message(i))).id);
      const page = await hub.read('small:a', { after: ids[1] });
      expect(page.entries.map(iOf)).toEqual([8, 9, 10, 11, 12]);
      expect(page.gap?.reason).toBe('trimmed');
      expect([5, null]).toContain(page.gap?.lost);
      expect(page.start).toBe(ids[6]);
      const exact = await hub.read('small:a', { after: ids[6] });
      expect(exact.gap).toBeNull();
      expect(exact.entries).toHaveLength(5);
    });

    it('says "unreadable" for garbage or a cursor from the future, "other-origin" for another id space', async () => {
      const hub = await make();
      const last = await hub.publish('t', message(1));
      const garbage = await hub.read('t', { after: 'not an id' });
      expect(garbage).toMatchObject({ entries: [], gap: { reason: 'unreadable' } });
      const future = await hub.read('t', { after: `${originOf(last.id)}-${seqOf(last.id) + 5}` });
      expect(future.gap?.reason).toBe('unreadable');
      const other = await hub.read('t', { after: 'zzzz-3' });
      expect(other.gap?.reason).toBe('other-origin');
      expect(other.entries.map(iOf)).toEqual([1]);
    });

    it('delivers live entries to every subscriber of the topic, and none after close', async () => {
      const hub = await make();
      const a: number[] = [];
      const b: number[] = [];
      const other: number[] = [];
      const subA = await hub.subscribe('t', { after: null }, (e) => a.push(iOf(e)));
      const subB = await hub.subscribe('t', { after: null }, (e) => b.push(iOf(e)));
      await hub.subscribe('u', { after: null }, (e) => other.push(iOf(e)));
      await hub.publish('t', message(1));
      await hub.publish('t', message(2));
      subA.close();
      await hub.publish('t', message(3));
      await until(() => b.length === 3);
      expect(a).toEqual([1, 2]);
      expect(b).toEqual([1, 2, 3]);
      expect(other).toEqual([]);
      subB.close();
    });

    it('subscribes from a cursor with no hole and no duplicate between replay and live', async () => {
      const hub = await make();
      const ids: string[] = [];
      for (let i = 1; i <= 5; i++) ids.push((await hub.publish('t', message(i))).id);
      const got: number[] = [];
      const subscribing = hub.subscribe('t', { after: ids[1] ?? null }, (e) => got.push(iOf(e)));
      // Published while the subscription is being set up: must arrive exactly once.
      const racing = hub.publish('t', message(6));
      const sub = await subscribing;
      await racing;
      await hub.publish('t', message(7));
      await until(() => got.length >= 5);
      expect(got).toEqual([3, 4, 5, 6, 7]);
      expect(sub.gap).toBeNull();
      sub.close();
    });

    it('reports the gap when subscribing from a trimmed cursor, then delivers from the oldest', async () => {
      const hub = await make();
      const ids: string[] = [];
      for (let i = 1; i <= 9; i++) ids.push((await hub.publish('small:b', message(i))).id);
      const got: number[] = [];
      const sub = await hub.subscribe('small:b', { after: ids[0] ?? null }, (e) =>
        got.push(iOf(e)),
      );
      await until(() => got.length >= 5);
      expect(got).toEqual([5, 6, 7, 8, 9]);
      expect(sub.gap?.reason).toBe('trimmed');
      sub.close();
    });

    it('delivers keep:false messages live without keeping them or moving the cursor', async () => {
      const hub = await make();
      const kept = await hub.publish('t', message(1));
      const got: number[] = [];
      const sub = await hub.subscribe('t', { after: null }, (e) => got.push(iOf(e)));
      await hub.publish('t', message(2), { keep: false });
      await until(() => got.length === 1);
      expect(got).toEqual([2]);
      expect(await hub.head('t')).toBe(kept.id);
      expect((await hub.read('t')).entries.map(iOf)).toEqual([1]);
      sub.close();
    });

    it('keeps presence per room, in join order, refreshed by join and gone on leave or expiry', async () => {
      const hub = await make();
      const ada = { id: 'a', name: 'Ada', color: '#112233' };
      const bob = { id: 'b', name: 'Bob', color: '#445566' };
      await hub.presence.join('r', ada, 10_000);
      await hub.presence.join('r', bob, 150);
      await hub.presence.join('r', { ...ada, name: 'Ada L.' }, 10_000);
      expect(await hub.presence.list('r')).toEqual({
        members: [{ ...ada, name: 'Ada L.' }, bob],
        total: 2,
      });
      expect((await hub.presence.list('r', 1)).members).toHaveLength(1);
      expect(await hub.presence.list('elsewhere')).toEqual({ members: [], total: 0 });
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect((await hub.presence.list('r')).members.map((m) => m.id)).toEqual(['a']);
      await hub.presence.leave('r', 'a');
      expect((await hub.presence.list('r')).total).toBe(0);
    });

    it('counts what it keeps in stats', async () => {
      const hub = await make();
      await hub.publish('t', message(1));
      const sub = await hub.subscribe('t', { after: null }, () => undefined);
      const stats = hub.stats();
      expect(stats.entries).toBeGreaterThanOrEqual(1);
      expect(stats.bytes).toBeGreaterThan(0);
      expect(stats.bytes).toBeLessThanOrEqual(stats.budgetBytes);
      expect(stats.subscriptions).toBe(1);
      sub.close();
    });
  });
}

async function until(check: () => boolean, timeoutMs = 2000) {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
