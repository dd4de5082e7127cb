import { describe, expect, it } from 'vitest';
import { FeedTracker } from '../../../../src/mechanisms/web-locks/feed-tracker';
import {
  describeQueue,
  parseRelay,
  tabLockName,
} from '../../../../src/mechanisms/web-locks/protocol';
import { peerA, peerB } from '../../helpers';

describe('FeedTracker', () => {
  it('counts the events a gap in the ids skipped, and drops repeats', () => {
    const tracker = new FeedTracker();
    expect(tracker.observe('e1-4')).toBe('first');
    expect(tracker.observe('e1-5')).toBe('in-order');
    expect(tracker.observe('e1-5')).toBe('duplicate');
    expect(tracker.observe('e1-9')).toBe('gap');
    expect(tracker).toMatchObject({ lastId: 'e1-9', seen: 3, missed: 3, duplicates: 1 });
  });

  it('a restarted server (new epoch) is not a gap; a ready mark sets where counting starts', () => {
    const tracker = new FeedTracker();
    tracker.mark('e1-10');
    expect(tracker.observe('e1-11')).toBe('in-order');
    expect(tracker.observe('e2-1')).toBe('new-epoch');
    expect(tracker.observe('nonsense')).toBe('unreadable');
    expect(tracker.missed).toBe(0);
  });
});

describe('the lock queue', () => {
  it('names the holder and the waiting tabs through each tab’s own lock', () => {
    const snapshot = {
      held: [
        { name: 'comms-lab-leader', clientId: 'c-a' },
        { name: tabLockName(peerA), clientId: 'c-a' },
        { name: tabLockName(peerB), clientId: 'c-b' },
      ],
      pending: [
        { name: 'comms-lab-leader', clientId: 'c-b' },
        { name: 'comms-lab-leader', clientId: 'c-unknown' },
        { name: 'other-lock', clientId: 'c-b' },
      ],
    };
    expect(describeQueue(snapshot, 'comms-lab-leader')).toEqual({
      holder: peerA.name,
      pending: [peerB.name, 'c-unknown'],
    });
    expect(describeQueue({}, 'comms-lab-leader')).toEqual({ holder: null, pending: [] });
  });

  it('accepts a relay only with an id, a type and a well-formed leader', () => {
    const relay = { relay: 'feed', type: 'time', id: 'e1-1', data: { iso: 'x' }, by: peerA };
    expect(parseRelay(relay)).toEqual(relay);
    expect(parseRelay({ ...relay, id: 3 })).toBeNull();
    expect(parseRelay({ ...relay, by: { ...peerA, color: 'red' } })).toBeNull();
    expect(parseRelay('feed')).toBeNull();
  });
});
