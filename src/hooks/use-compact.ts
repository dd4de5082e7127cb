import { useSyncExternalStore } from 'react';

/**
 * The compact shell: 640 px and narrower, what "Side by side" gives with 2, 3 or 4 windows on a
 * 1280 screen (and a phone). The same breakpoint as the `@media (max-width: 640px)` rules in
 * app.css and identity.css, so markup and styles switch together; the log's two-line rows follow
 * it through the list's class (log-fit.ts, log-rows-compact.css).
 */
export const COMPACT_QUERY = '(max-width: 640px)';

/** Where the log can stand beside the stage (app.css's `.app--beside` grid), 1200 px and wider. */
export const WIDE_QUERY = '(min-width: 1200px)';

// matchMedia's change event follows resizes without a resize listener:
// https://developer.mozilla.org/docs/Web/API/MediaQueryList/change_event
const watch = (query: string) => (onChange: () => void) => {
  if (typeof window.matchMedia !== 'function') return () => {};
  const list = window.matchMedia(query);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
};

// A browser without matchMedia (jsdom in unit tests) matches neither: the wide shell, log below.
const matches = (query: string) => () =>
  typeof window.matchMedia === 'function' && window.matchMedia(query).matches;

const compact = { subscribe: watch(COMPACT_QUERY), now: matches(COMPACT_QUERY) };
const wide = { subscribe: watch(WIDE_QUERY), now: matches(WIDE_QUERY) };

/** Whether the window is compact now; re-renders when it crosses the breakpoint. */
export function useCompact(): boolean {
  return useSyncExternalStore(compact.subscribe, compact.now, () => false);
}

/** Whether the window is wide enough for the log beside the stage; re-renders when that changes. */
export function useWide(): boolean {
  return useSyncExternalStore(wide.subscribe, wide.now, () => false);
}
