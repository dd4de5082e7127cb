import { useCallback, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useCompact, useWide } from '../../hooks/use-compact';

/** Presenter mode shows at most this many rows by default: the newest ones, each 60 px high. */
export const PRESENTER_ROWS = 3;

/** A row's height in a compact window (log-rows-compact.css sets the same). */
export const COMPACT_ROW = 42;

/**
 * A log narrower than this (in rem) has two-line rows: below it a refusal's reason or a status
 * wraps to two lines of 12–13 px, which a 30 px row holds with under 2 px above and below (the
 * iframe page's refusal at 800 px), and a frame's name squeezes its message. Measured on the log's
 * body (list and opened entry), so a log beside the stage and a window of 721–930 px get the rows
 * their width needs, not their window's, and opening an entry does not change them.
 */
export const TWO_LINE_LIST_REM = 58;

/**
 * The element's width in rem as it is laid out, or null before it is (and where there is no
 * ResizeObserver: jsdom). Returns a ref callback for the element.
 * https://developer.mozilla.org/docs/Web/API/ResizeObserver
 */
export function useWidthRem(): [(el: HTMLElement | null) => void, number | null] {
  const [width, setWidth] = useState<number | null>(null);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((el: HTMLElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!el || typeof ResizeObserver !== 'function') return;
    const rem = () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    // Read once now, so the first paint already has the rows its width needs.
    setWidth(el.getBoundingClientRect().width / rem());
    observer.current = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width / rem());
    });
    observer.current.observe(el);
  }, []);
  return [ref, width];
}

type Fit = {
  /** Rows the list shows now (after the filter). */
  count: number;
  rowHeight: number;
  presenter: boolean;
};

/**
 * How tall the log's list is by default, in px: as tall as its rows (or its "nothing yet" note),
 * never taller than the log's share of the window (`--log-height`, applied in CSS), and in
 * presenter mode at most PRESENTER_ROWS rows, so the stage keeps most of a 1280×720 projector
 * (issue 12: "presenter mode enlarges the demo, not the chrome"). Dragging the edge replaces it.
 */
export function fitHeight({ count, rowHeight, presenter }: Fit): number {
  // The empty and "no match" notes take two lines in a 320 px window: 4rem, at 16 or 20 px.
  if (count === 0) return presenter ? 80 : 64;
  // Past what the share can show the height stops changing, so a flood of entries does not
  // restyle the page (a custom property on the root reaches every element) on every frame.
  const most = presenter
    ? PRESENTER_ROWS
    : Math.ceil((Math.max(window.innerHeight, window.screen.height) * 0.4) / rowHeight);
  return Math.min(count, most) * rowHeight;
}

/** The log's size as its edge reports it before anyone dragged it: its share, or less when fitted. */
export function defaultSize(beside: boolean, presenter: boolean, fitted: number | null): number {
  if (beside) return window.innerWidth * 0.42;
  // The shares of `--log-height` (tokens.css): less in a window of 480 px or narrower.
  const share = window.innerHeight * (presenter ? 0.4 : window.innerWidth <= 480 ? 0.24 : 0.36);
  return fitted === null ? share : Math.min(share, fitted);
}

// The fitted height, for the one reader outside the log: /compare's table box, which keeps itself
// above the log (comparison-table.css). It used to be a custom property on the root, and every
// change of a custom property there restyles every element of the page (custom properties are
// inherited): a flood's first redraw, as the log grew, spent 10 ms restyling the stage. Now the
// list's box gets the height as its own inline style, which restyles that box alone, and the table
// box sets it on itself. https://drafts.csswg.org/css-variables/#defining-variables
let published: number | null = null;
const readers = new Set<() => void>();
const subscribe = (reader: () => void) => {
  readers.add(reader);
  return () => {
    readers.delete(reader);
  };
};
function publish(height: number | null) {
  if (published === height) return;
  published = height;
  readers.forEach((reader) => reader());
}

/** The docked log's fitted list height in px, or null while it is not fitted (or not docked). */
export const usePublishedLogFit = (): number | null =>
  useSyncExternalStore(subscribe, () => published);

/** The fitted height while `active` (the list below the stage, never resized, nothing opened). */
export function useLogFit(active: boolean, fit: Fit): number | null {
  const height = active ? fitHeight(fit) : null;
  useLayoutEffect(() => {
    if (height === null) return;
    publish(height);
    return () => publish(null);
  }, [height]);
  return height;
}

type Dock = {
  beside: boolean;
  presenter: boolean;
  /** The list view is showing (not the flow view). */
  list: boolean;
  /** An entry's detail or an import's notes are open. */
  opened: boolean;
  /** Rows the list shows now (after the filter). */
  count: number;
  /** The log body's width in rem as laid out (the list's when no entry is open), or null. */
  listWidth: number | null;
};

/**
 * The docked log's height: its rows' height, whether it is fitted to them, the size its edge
 * reports, and `resize` for the edge. Below the stage, the list takes what its rows need until it
 * is resized; an opened entry, an import's notes or the flow view get the log's whole share.
 */
export function useLogHeight({ beside, presenter, list, opened, count, listWidth }: Dock) {
  const [size, setSize] = useState<number | null>(null);
  const resize = (px: number) => {
    setSize(px);
    // The shell's grid reads it: the log's height below the stage, or its column beside it.
    document.documentElement.style.setProperty(beside ? '--log-width' : '--log-size', `${px}px`);
  };
  // Two lines a row in presenter mode (log-row-presenter.css), and in a list under 58rem
  // (log-rows-compact.css, for the list's class): there a message takes its own line and a status
  // its two. In 30 px rows a frame's name and its message, or a wrapped status, sat a pixel from
  // the row's edges. Until the list is measured, the window decides: 640 px or less, or beside.
  const compact = useCompact();
  const wide = useWide();
  const narrow = listWidth === null ? compact || (beside && wide) : listWidth < TWO_LINE_LIST_REM;
  const rowHeight = presenter ? 60 : narrow ? COMPACT_ROW : 30;
  const fit = useLogFit(size === null && !beside && list && !opened, {
    count,
    rowHeight,
    presenter,
  });
  return {
    rowHeight,
    /** The list's height in px while it is fitted to its rows (set on its box), else null. */
    fit,
    edge: size ?? defaultSize(beside, presenter, fit),
    resize,
  };
}
