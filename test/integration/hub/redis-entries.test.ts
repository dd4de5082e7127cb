import { describe, expect, it } from 'vitest';
import { entryOf, locate, seqOf } from '../../../mock-server/hub/redis-entries';

// Where a client's cursor stands in a Redis topic decides what it is sent on resume and what gap
// it is told about: pure, so checked here without a Redis.
const state = { origin: 'k9x', seq: 120, oldest: 71, liveId: '0-0' };

describe('a cursor in a Redis topic', () => {
  it('reads from the oldest kept entry when there is no cursor', () => {
    expect(locate(state, null)).toEqual({ from: 71, gap: null });
    expect(locate(state, undefined)).toEqual({ from: 71, gap: null });
  });

  it('goes on right after a cursor it still holds', () => {
    expect(locate(state, 'k9x-100')).toEqual({ from: 101, gap: null });
    expect(locate(state, 'k9x-70')).toEqual({ from: 71, gap: null }); // the one before the oldest
    expect(locate(state, 'k9x-120')).toEqual({ from: 121, gap: null }); // up to date
  });

  it('says how many were trimmed past an old cursor', () => {
    expect(locate(state, 'k9x-60')).toEqual({ from: 71, gap: { reason: 'trimmed', lost: 10 } });
  });

  it("reads all that is kept after another origin's cursor (the topic started again)", () => {
    expect(locate(state, 'old1-5')).toEqual({
      from: 71,
      gap: { reason: 'other-origin', lost: null },
    });
  });

  it('sends nothing old for a cursor it cannot read or one from the future', () => {
    const unreadable = { from: 121, gap: { reason: 'unreadable', lost: null } };
    expect(locate(state, 'not an id')).toEqual(unreadable);
    expect(locate(state, 'k9x-500')).toEqual(unreadable);
  });
});

describe('a stream entry as a hub entry', () => {
  it('takes its seq from the stream id and its id from the origin field', () => {
    expect(seqOf('42-0')).toBe(42);
    const entry = { id: '42-0', fields: { o: 'k9x', k: 'chat', d: '{"a":1}', f: 'i1' } };
    expect(entryOf('room:lobby', entry, 42)).toEqual({
      id: 'k9x-42',
      topic: 'room:lobby',
      kind: 'chat',
      data: '{"a":1}',
      from: 'i1',
    });
    expect(entryOf('feed', { id: '7-0', fields: {} }, 7)).toEqual({
      id: '0-7',
      topic: 'feed',
      kind: '',
      data: '',
    });
  });
});
