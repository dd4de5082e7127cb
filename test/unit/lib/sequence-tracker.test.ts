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

describe('SequenceTracker.observeIn', () => {
  it('keeps each scope apart and gives the same verdicts as observe', () => {
    const tracker = new SequenceTracker();
    expect(tracker.observeIn('room-1', 'a', 1)).toEqual({ kind: 'in-order' });
    expect(tracker.observeIn('room-2', 'a', 5)).toEqual({ kind: 'in-order' });
    expect(tracker.observeIn('room-1', 'a', 3)).toEqual({ kind: 'gap', missing: 1 });
    expect(tracker.observeIn('room-2', 'a', 5)).toEqual({ kind: 'duplicate' });
    expect(tracker.observeIn('room-2', 'a', 1)).toEqual({ kind: 'restart' });
    // A scope and sender never collide with a key that merely looks like them joined.
    expect(tracker.observeIn('room-1|a', 'x', 9)).toEqual({ kind: 'in-order' });
    expect(tracker.observe('room-1|a', 2)).toEqual({ kind: 'in-order' });
  });
});

// Issue 12: a frame says hello (its message 1) and reloads when the page changes its theme,
// language or presenter mode; its new document's hello is message 1 again. That is a restart,
// not a duplicate: a duplicate is the same message (the same id) arriving again.
describe('a sender that sent one message, then started again', () => {
  it('is a restart when its new message 1 has a new id, a duplicate when the id is the same', () => {
    const tracker = new SequenceTracker();
    expect(tracker.observeIn('inbox', 'frame-same', 1, 'hello-1')).toEqual({ kind: 'in-order' });
    expect(tracker.observeIn('inbox', 'frame-same', 1, 'hello-1')).toEqual({ kind: 'duplicate' });
    expect(tracker.observeIn('inbox', 'frame-same', 1, 'hello-2')).toEqual({ kind: 'restart' });
    expect(tracker.observeIn('inbox', 'frame-same', 2, 'chat-1')).toEqual({ kind: 'in-order' });
    // Without ids, a second message 1 after only one message cannot be told apart: a duplicate.
    expect(tracker.observe('a', 1)).toEqual({ kind: 'in-order' });
    expect(tracker.observe('a', 1)).toEqual({ kind: 'duplicate' });
  });
});
