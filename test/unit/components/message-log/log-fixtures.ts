// What the log's component tests share: a received entry, appending a batch as one flush, and an
// empty, running, unfiltered log before each test.
import { act } from '@testing-library/react';
import { useAppStore } from '../../../../src/store';
import { ALL_DIRECTIONS_FILTER, type NewLogEntry } from '../../../../src/store/log-types';
import { envelope, peerA } from '../../helpers';

export const received = (text: string, mechanism = 'broadcast-channel'): NewLogEntry => ({
  at: Date.now(),
  mechanism,
  direction: 'received',
  from: peerA,
  to: 'Blue Whale',
  summary: text,
  payload: text,
  envelope: envelope({ body: text }),
  size: text.length,
  latencyMs: 1.25,
});

/** Appends the entries and flushes them as one batch, as the next frame (or a flood's timer) does. */
export function add(...entries: NewLogEntry[]) {
  act(() => {
    for (const entry of entries) useAppStore.getState().appendLog(entry);
    useAppStore.getState().flushLog();
  });
}

export function resetLog() {
  act(() => {
    useAppStore.getState().clearLog();
    useAppStore.getState().setLogPaused(false);
    useAppStore.getState().setLogFilter(ALL_DIRECTIONS_FILTER);
  });
}
