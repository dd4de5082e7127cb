import { describe, expect, it } from 'vitest';
import { buildExport } from '../../../../src/components/message-log/export-log';
import { mergeTimeline, parseExport } from '../../../../src/components/message-log/import-log';
import type { LogEntry } from '../../../../src/store/log-types';
import { envelope, peerA, peerB } from '../../helpers';

const peerC = { id: 'tab-cccc', name: 'Green Owl', color: '#2e8b57', kind: 'tab' as const };
const entry = (id: number, at: number, patch: Partial<LogEntry> = {}): LogEntry => ({
  id,
  at,
  mechanism: 'broadcast-channel',
  direction: 'sent',
  summary: `m${id}`,
  ...patch,
});
const exported = (tab: typeof peerA, entries: LogEntry[]) =>
  JSON.stringify(buildExport(entries, tab, 0));

describe('parseExport', () => {
  it('reads an export and labels every entry with the tab that wrote it', () => {
    const result = parseExport(
      exported(peerB, [entry(1, 10, { envelope: envelope({ body: new Map() }) })]),
      'b.json',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.tab.name).toBe('Blue Whale');
    expect(result.entries[0]).toMatchObject({
      importedId: 1,
      at: 10,
      source: { id: peerB.id, file: 'b.json' },
    });
  });

  it('refuses what is not an export, saying why', () => {
    expect(parseExport('{nope')).toEqual({ ok: false, reason: 'the file is not JSON' });
    expect(parseExport('{"format":"other"}')).toMatchObject({
      ok: false,
      reason: /not a Comms Lab log export/,
    });
    expect(parseExport(JSON.stringify({ ...buildExport([], peerA, 0), version: 9 }))).toMatchObject(
      { ok: false, reason: /version 9/ },
    );
    expect(
      parseExport(JSON.stringify({ ...buildExport([], peerA, 0), tab: { id: 'x' } })),
    ).toMatchObject({ ok: false, reason: /tab/ });
    const bad = buildExport([entry(1, 1)], peerA, 0);
    (bad.entries[0] as { direction: string }).direction = 'sideways';
    expect(parseExport(JSON.stringify(bad))).toMatchObject({
      ok: false,
      reason: /entry 1: direction/,
    });
    const hostile = buildExport([entry(1, 1)], peerA, 0);
    (hostile.entries[0] as { from: unknown }).from = {
      id: 'x',
      name: 'x',
      color: 'red;background:url(x)',
      kind: 'tab',
    };
    expect(parseExport(JSON.stringify(hostile))).toMatchObject({ ok: false, reason: /color/ });
  });
});

describe('mergeTimeline', () => {
  it('orders entries from several tabs by time, keeping this tab’s', () => {
    const mine = [entry(1, 10), entry(2, 30)];
    const b = parseExport(exported(peerB, [entry(1, 20), entry(2, 40)]));
    const c = parseExport(exported(peerC, [entry(7, 5)]));
    if (!b.ok || !c.ok) throw new Error('bad fixture');
    const merged = mergeTimeline(mine, [...b.entries, ...c.entries], peerA);
    expect(merged.map((e) => [e.at, e.source?.name ?? 'mine'])).toEqual([
      [5, 'Green Owl'],
      [10, 'mine'],
      [20, 'Blue Whale'],
      [30, 'mine'],
      [40, 'Blue Whale'],
    ]);
  });

  it('drops duplicates: the same export twice, or this tab’s own export', () => {
    const mine = [entry(1, 10), entry(2, 30)];
    const b = parseExport(exported(peerB, [entry(1, 20)]));
    const own = parseExport(exported(peerA, mine));
    if (!b.ok || !own.ok) throw new Error('bad fixture');
    const once = mergeTimeline(mine, [...b.entries, ...b.entries, ...own.entries], peerA);
    expect(once).toHaveLength(3);
    // Merging again (entries now carry importedId) still adds nothing.
    const again = mergeTimeline(
      once.map((e, i) => ({ ...e, id: 100 + i })),
      [...b.entries, ...own.entries],
      peerA,
    );
    expect(again).toHaveLength(3);
  });
});

describe('mergeTimeline and clocks that disagree', () => {
  it('never puts a receipt before the send it answers', () => {
    const message = envelope({ id: 'msg-1', sender: peerA, sentAt: 100 });
    const mine = [entry(1, 100.5, { envelope: message })];
    // Blue Whale's clock runs 2 ms behind: its receipt is stamped before the send.
    const b = parseExport(
      exported(peerB, [entry(4, 99, { direction: 'received', envelope: message }), entry(5, 99.8)]),
    );
    if (!b.ok) throw new Error('bad fixture');
    const merged = mergeTimeline(mine, b.entries, peerA);
    expect(merged.map((e) => `${e.direction}@${e.source?.name ?? 'mine'}`)).toEqual([
      'sent@Blue Whale',
      'sent@mine',
      'received@Blue Whale',
    ]);
  });
});
