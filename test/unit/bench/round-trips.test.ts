import { describe, expect, it } from 'vitest';
import { checked, roundTrips, type ExportedEntry } from '../../bench/round-trips';

const sent = (id: string, summary: string, sentAt: number): ExportedEntry => ({
  direction: 'sent',
  summary,
  at: sentAt,
  envelope: { id, kind: 'chat', sentAt, body: {} },
});
const ack = (of: string, at: number, direction = 'received'): ExportedEntry => ({
  direction,
  summary: '{"of":…}',
  at,
  envelope: { id: `ack-${of}`, kind: 'ack', sentAt: at - 1, body: { of } },
});

describe('round trips read from an exported log', () => {
  it("measures from the message's sentAt to its receipt's arrival, skipping the warm-up", () => {
    const entries = [
      sent('a', 'rt-0', 100),
      sent('b', 'rt-1', 200),
      ack('a', 112),
      sent('c', 'rt-2', 300),
      ack('b', 215.5),
      ack('c', 309),
    ];
    expect(roundTrips(entries, 'rt', 1)).toEqual([15.5, 9]);
    expect(roundTrips(entries, 'rt', 0)).toEqual([12, 15.5, 9]);
  });

  it('counts only receipts that arrived, for messages typed with the prefix', () => {
    const entries = [
      sent('a', 'rt-0', 100),
      sent('k', 'key-0', 150),
      sent('x', 'hello rt-1', 160),
      ack('a', 110, 'rejected'),
      ack('k', 158),
      ack('x', 170),
      { direction: 'received', summary: 'rt-0', at: 120 },
    ];
    expect(roundTrips(entries, 'rt', 0)).toEqual([]);
    expect(roundTrips(entries, 'key', 0)).toEqual([8]);
  });

  it('refuses a run in which a receipt did not come back', () => {
    expect(() => checked([1, 2], 'popup', 3)).toThrow('popup: 2 of 3 round trips came back');
    expect(checked([3, 1, 2], 'popup', 3).median).toBe(2);
  });
});
