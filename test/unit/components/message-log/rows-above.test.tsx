import { act, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { LogPanel } from '../../../../src/components/message-log/log-panel';
import { OVERSCAN } from '../../../../src/components/message-log/rows-above';
import { add, received, resetLog } from './log-fixtures';

const titles = { 'broadcast-channel': 'BroadcastChannel' };

/** `n` entries in one flush, as a flood's redraw gets them. */
const flood = (n: number, prefix: string) =>
  add(...Array.from({ length: n }, (_, i) => received(`${prefix}${i}`)));

const rows = () => within(screen.getByRole('log')).getAllByRole('button');

describe('the rows the log draws above the view', () => {
  beforeEach(resetLog);

  it('are left out while a flood replaces every row in view, and come back after it', () => {
    render(<LogPanel titles={titles} />);
    flood(2000, 'a');
    const inFlood = rows();
    expect(inFlood.at(-1)).toHaveTextContent('a1999');
    // One calm flush is not yet the end of the flood: the rows above stay out (no back and forth).
    flood(1, 'calm');
    expect(rows()).toHaveLength(inFlood.length);
    // Once batches stay smaller than the view, the rows above are drawn again, for a scroll or a key.
    for (let i = 0; i < 12; i++) flood(1, 'calm');
    expect(rows()).toHaveLength(inFlood.length + OVERSCAN);
    expect(rows().at(-1)).toHaveTextContent('calm0');
    flood(500, 'b');
    expect(rows()).toHaveLength(inFlood.length);
    expect(rows().at(-1)).toHaveTextContent('b499');
  });

  it('stay while a row has the focus, so the arrow keys still reach the row above', () => {
    render(<LogPanel titles={titles} />);
    flood(2000, 'a');
    for (let i = 0; i < 12; i++) flood(1, 'calm');
    const before = rows();
    act(() => before.at(-1)?.focus());
    flood(500, 'b');
    expect(rows()).toHaveLength(before.length);
    expect(document.activeElement).toBe(before.at(-1));
    expect(rows().at(-1)).toHaveTextContent('b499');
  });
});
