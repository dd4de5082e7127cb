import { describe, expect, it } from 'vitest';
import { SequenceTracker } from '../../../src/lib/sequence-tracker';

describe('SequenceTracker', () => {
  it('tells in-order messages from gaps, duplicates and restarts, per sender', () => {
    const tracker = new SequenceTracker();
    expect(tracker.observe('a', 1)).toEqual({ kind: 'in-order' });
    expect(tracker.observe('a', 2)).toEqual({ kind: 'in-order' });
    expect(tracker.observe('b', 7)).toEqual({ kind: 'in-order' });
    expect(tracker.observe('a', 5)).toEqual({ kind: 'gap', missing: 2 });
    expect(tracker.observe('a', 5)).toEqual({ kind: 'duplicate' });
    expect(tracker.observe('a', 1)).toEqual({ kind: 'restart' });
    expect(tracker.observe('a', 2)).toEqual({ kind: 'in-order' });
  });
});
