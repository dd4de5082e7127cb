import { useAppStore } from '../../store';

/** Rows drawn above the view (and below it, when there are any), for a scroll or a key press. */
export const OVERSCAN = 6;

/**
 * How many rows to draw above the view. During a flood, every row in view is replaced at each
 * redraw, and so would the rows kept above it: drawing them laid out and painted a third more rows
 * per redraw (6 on top of the 10–20 in view) for text nobody can read before it is replaced. So
 * while the list follows the newest entry and the flushes bring at least a viewful of entries each,
 * none are drawn above. The log's batch figure eases off over a few flushes (log-slice.ts), so a
 * flood that stalls for a moment does not mount and unmount those rows (a restyle) back and forth.
 * A reader who scrolls up stops the following (use-sticky-viewport.ts) and gets them back in that
 * scroll's redraw; while a row has the focus, its neighbours stay, so the arrow keys still reach
 * the row above.
 */
export function useRowsAbove(stuck: boolean, inView: number): number {
  const batch = useAppStore((s) => s.log.batch);
  if (!stuck || batch < inView) return OVERSCAN;
  const focused = document.activeElement?.closest('.log-list') ?? null;
  return focused ? OVERSCAN : 0;
}
