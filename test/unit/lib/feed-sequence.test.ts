import { describe, expect, it } from 'vitest';
import { FeedSequence } from '../../../src/lib/feed-sequence';

describe('FeedSequence', () => {
  it('counts nothing for consecutive ids, and a resume position that matches', () => {
    const feed = new FeedSequence();
    expect(feed.position('abc-0')).toBe('in-order');
    expect(['abc-1', 'abc-2', 'abc-3'].map((id) => feed.observe(id))).toEqual([
      'in-order',
      'in-order',
      'in-order',
    ]);
    expect(feed.position('abc-3')).toBe('in-order');
    expect(feed.observe('abc-4')).toBe('in-order');
    expect(feed).toMatchObject({ gaps: 0, duplicates: 0, events: 4 });
  });

  it('counts a jump as a gap (with how many are missing) and a step back as a duplicate', () => {
    const feed = new FeedSequence();
    feed.observe('abc-1');
    expect(feed.observe('abc-4')).toBe('gap');
    expect(feed.observe('abc-4')).toBe('duplicate');
    expect(feed.observe('abc-2')).toBe('duplicate');
    expect(feed).toMatchObject({ gaps: 1, missing: 2, duplicates: 2 });
  });

  it('counts a reopened stream that starts past the last event seen as a gap', () => {
    const feed = new FeedSequence();
    feed.observe('abc-5');
    expect(feed.position('abc-9')).toBe('gap');
    expect(feed.missing).toBe(4);
  });

  it('starts again after a reset or on a new epoch, without calling it a gap', () => {
    const feed = new FeedSequence();
    feed.observe('old-7');
    feed.reset('new');
    expect(feed.position('new-0')).toBe('in-order');
    expect(feed.observe('new-1')).toBe('in-order');
    expect(feed.observe('newer-1')).toBe('new-epoch');
    expect(feed.gaps).toBe(0);
    expect(feed.observe('not an id')).toBe('no-id');
  });
});
