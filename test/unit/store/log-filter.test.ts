import { describe, expect, it } from 'vitest';
import { isFilterActive, matchesFilter } from '../../../src/store/log-filter';
import { ALL_DIRECTIONS_FILTER, type LogEntry } from '../../../src/store/log-types';
import { peerA } from '../helpers';

const entry: LogEntry = {
  id: 1,
  at: 1,
  mechanism: 'storage-event',
  direction: 'received',
  from: peerA,
  to: 'Blue Whale',
  summary: 'Hello class',
  reason: 'own-echo',
};

describe('log filters', () => {
  it('are inactive by default and match everything', () => {
    expect(isFilterActive(ALL_DIRECTIONS_FILTER)).toBe(false);
    expect(matchesFilter(entry, ALL_DIRECTIONS_FILTER)).toBe(true);
  });

  it('filter by mechanism', () => {
    expect(matchesFilter(entry, { ...ALL_DIRECTIONS_FILTER, mechanism: 'storage-event' })).toBe(
      true,
    );
    expect(matchesFilter(entry, { ...ALL_DIRECTIONS_FILTER, mechanism: 'broadcast-channel' })).toBe(
      false,
    );
  });

  it('filter by direction', () => {
    expect(matchesFilter(entry, { ...ALL_DIRECTIONS_FILTER, directions: ['sent'] })).toBe(false);
    expect(
      matchesFilter(entry, { ...ALL_DIRECTIONS_FILTER, directions: ['received', 'error'] }),
    ).toBe(true);
  });

  it('filter by text in the payload, the peers and the reason, ignoring case', () => {
    expect(matchesFilter(entry, { ...ALL_DIRECTIONS_FILTER, text: 'hello' })).toBe(true);
    expect(matchesFilter(entry, { ...ALL_DIRECTIONS_FILTER, text: 'red fox' })).toBe(true);
    expect(matchesFilter(entry, { ...ALL_DIRECTIONS_FILTER, text: 'whale' })).toBe(true);
    expect(matchesFilter(entry, { ...ALL_DIRECTIONS_FILTER, text: 'echo' })).toBe(true);
    expect(matchesFilter(entry, { ...ALL_DIRECTIONS_FILTER, text: 'goodbye' })).toBe(false);
    expect(isFilterActive({ ...ALL_DIRECTIONS_FILTER, text: 'x' })).toBe(true);
  });
});
