import { act, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { LogPanel } from '../../../../src/components/message-log/log-panel';
import { OVERSCAN } from '../../../../src/components/message-log/rows-above';
import { useAppStore } from '../../../../src/store';
import { ALL_DIRECTIONS_FILTER, type NewLogEntry } from '../../../../src/store/log-types';
import { envelope, peerA } from '../../helpers';

const titles = { 'broadcast-channel': 'BroadcastChannel' };

const received = (text: string): NewLogEntry => ({
  at: Date.now(),
  mechanism: 'broadcast-channel',
  direction: 'received',
  from: peerA,
  to: 'Blue Whale',
  summary: text,
  payload: text,
  envelope: envelope({ body: text }),
  size: text.length,
});

/** Appends `n` entries and flushes them as one batch, as a flood's redraw does. */
function flood(n: number, prefix: string) {
  act(() => {
    for (let i = 0; i < n; i++) useAppStore.getState().appendLog(received(`${prefix}${i}`));
    useAppStore.getState().flushLog();
  });
}

const rows = () => within(screen.getByRole('log')).getAllByRole('button');

describe('the rows the log draws above the view', () => {
  beforeEach(() => {
    act(() => {
      useAppStore.getState().clearLog();
      useAppStore.getState().setLogPaused(false);
      useAppStore.getState().setLogFilter(ALL_DIRECTIONS_FILTER);
    });
  });

  it('are left out while a flood replaces every row in view, and come back after it', () => {
    render(<LogPanel titles={titles} />);
    flood(2000, 'a');
    const inFlood = rows();
    expect(inFlood.at(-1)).toHaveTextContent('a1999');
    flood(1, 'calm');
    // A batch smaller than the view: the rows above it are drawn again, for a scroll or a key.
    expect(rows()).toHaveLength(inFlood.length + OVERSCAN);
    expect(rows().at(-1)).toHaveTextContent('calm0');
    flood(500, 'b');
    expect(rows()).toHaveLength(inFlood.length);
    expect(rows().at(-1)).toHaveTextContent('b499');
  });

  it('stay while a row has the focus, so the arrow keys still reach the row above', () => {
    render(<LogPanel titles={titles} />);
    flood(2000, 'a');
    flood(1, 'calm');
    const before = rows();
    act(() => before.at(-1)?.focus());
    flood(500, 'b');
    expect(rows()).toHaveLength(before.length);
    expect(document.activeElement).toBe(before.at(-1));
    expect(rows().at(-1)).toHaveTextContent('b499');
  });
});
