import { describe, expect, it } from 'vitest';
import { parseFeedFrame, parsePollAnswer } from '../../../../src/mechanisms/long-polling/protocol';
import { WayTracker } from '../../../../src/mechanisms/long-polling/way-tracker';

describe('one way’s tracker', () => {
  it('counts gaps by the ids, with the ids around the last one, and drops repeats', () => {
    const way = new WayTracker();
    expect(way.observe('abc-1', 10, { event: 'message', text: 'one' })).toBe('first');
    expect(way.observe('abc-2', 30, { event: 'message', text: 'two' })).toBe('in-order');
    expect(way.observe('abc-6', null)).toBe('gap');
    expect(way.observe('abc-6', null)).toBe('duplicate');
    expect(way.observe('abc-4', null)).toBe('duplicate');
    expect(way.view).toMatchObject({
      received: 3,
      gaps: 1,
      missed: 3,
      duplicates: 2,
      lastId: 'abc-6',
      lastGap: { after: 'abc-2', next: 'abc-6' },
    });
    // Only timed (live) events count in the latency: 10 and 30 ms.
    expect(way.view.latency).toEqual({ n: 2, median: 10, p95: 30 });
    expect(way.view.recent.map((r) => r.text)).toEqual(['', 'two', 'one']);
  });

  it('a position without an event (a ready, a 204 cursor) is where counting starts', () => {
    const way = new WayTracker();
    way.mark('abc-7');
    expect(way.observe('abc-8', null)).toBe('in-order');
    expect(way.observe('new-1', null)).toBe('new-epoch');
    expect(way.view.missed).toBe(0);
  });
});

describe('what the ways carry', () => {
  it('accepts the poll answer and the socket frames, and refuses anything else', () => {
    expect(
      parsePollAnswer({ events: [{ id: 'a-1', event: 'time', data: {} }], cursor: 'a-1' }),
    ).toMatchObject({ cursor: 'a-1', more: false, reset: null });
    expect(parsePollAnswer({ events: [{ id: 1 }], cursor: 'a-1' })).toBeNull();
    expect(parsePollAnswer('nope')).toBeNull();
    expect(parseFeedFrame('{"type":"event","id":"a-2","event":"message","data":1}')).toEqual({
      type: 'event',
      id: 'a-2',
      event: 'message',
      data: 1,
    });
    expect(parseFeedFrame('{"type":"ready"}')).toBeNull();
    expect(parseFeedFrame('not json')).toBeNull();
  });
});
