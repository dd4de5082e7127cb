import { useSyncExternalStore } from 'react';

/**
 * The compact shell: 640 px and narrower, what "Side by side" gives with 2, 3 or 4 windows on a
 * 1280 screen (and a phone). The same breakpoint as the `@media (max-width: 640px)` rules in
 * app.css, identity.css and log-rows-compact.css, so markup and styles switch together.
 */
export const COMPACT_QUERY = '(max-width: 640px)';

// matchMedia's change event follows resizes without a resize listener:
// https://developer.mozilla.org/docs/Web/API/MediaQueryList/change_event
function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const list = window.matchMedia(COMPACT_QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

// A browser without matchMedia (jsdom in unit tests) gets the wide shell.
const isCompact = () =>
  typeof window.matchMedia === 'function' && window.matchMedia(COMPACT_QUERY).matches;

/** Whether the window is compact now; re-renders when it crosses the breakpoint. */
export function useCompact(): boolean {
  return useSyncExternalStore(subscribe, isCompact, () => false);
}
