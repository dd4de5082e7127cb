import { describe, expect, it } from 'vitest';
import { buildExport } from '../../../src/components/message-log/export-log';
import { parseExport } from '../../../src/components/message-log/import-log';
import { toLogEntry } from '../../../src/hooks/log-transport-event';
import { latencyOf } from '../../../src/store/log-latency';
import { envelope, peerA, peerB } from '../helpers';

const sentAt = 1_700_000_000_000;
const arrived = (at: number) =>
  toLogEntry('channel', 'channel "lab"', peerB, {
    type: 'received',
    at,
    envelope: envelope({ sentAt }),
    data: null,
    size: 5,
  });

describe('latencyOf', () => {
  it('works a received envelope’s latency out from its arrival and its sentAt, never below 0', () => {
    const entry = arrived(sentAt + 12.5);
    // Not kept in the entry: a kept fraction is a heap number of its own.
    expect(Object.keys(entry)).not.toContain('latencyMs');
    expect(latencyOf(entry)).toBe(12.5);
    // Another process's clock a hair ahead: shown as 0, as before.
    expect(latencyOf(arrived(sentAt - 0.2))).toBe(0);
  });

  it('has none for sent, raw and rejected entries', () => {
    const sent = toLogEntry('channel', 'channel "lab"', peerA, {
      type: 'sent',
      at: sentAt + 1,
      envelope: envelope({ sentAt }),
      size: 5,
      to: 'channel "lab"',
    });
    const raw = toLogEntry('channel', 'x', peerB, {
      type: 'received',
      at: 5,
      data: 'hi',
      size: 2,
      raw: 'not an envelope',
    });
    const rejected = toLogEntry('channel', 'x', peerB, {
      type: 'rejected',
      at: sentAt + 3,
      reason: 'own-echo',
      explanation: 'own-echo',
      data: envelope({ sentAt }),
    });
    expect([sent, raw, rejected].map(latencyOf)).toEqual([undefined, undefined, undefined]);
  });

  it('is written into an export, and an imported entry keeps its file’s figure', () => {
    const file = JSON.stringify(buildExport([{ ...arrived(sentAt + 7.25), id: 1 }], peerB, 0));
    expect(JSON.parse(file).entries[0].latencyMs).toBe(7.25);
    const imported = parseExport(file.replace('"latencyMs":7.25', '"latencyMs":3'), 'b.json');
    if (!imported.ok) throw new Error(imported.reason);
    expect(latencyOf({ ...imported.entries[0]!, id: 2 })).toBe(3);
  });
});
