import { useMemo, useSyncExternalStore } from 'react';

/** Something that says when its data changed (a transport's counters, a member list). */
export type Observable = { onChange(listener: () => void): () => void };

/**
 * Reads `source` once per change it announces and keeps that read (an immutable snapshot) until
 * the next one, so every render in between sees the same object and nothing is compared. The
 * snapshot is dropped on subscribing too: a change between the render and the subscription is
 * then read, not missed (React reads the snapshot again right after it subscribes).
 */
export function snapshotStore<T extends Observable, S>(source: T, read: (source: T) => S) {
  let kept: { value: S } | null = null;
  return {
    subscribe(notify: () => void): () => void {
      kept = null;
      return source.onChange(() => {
        kept = null;
        notify();
      });
    },
    get: (): S => (kept ??= { value: read(source) }).value,
  };
}

const nothing = { subscribe: () => () => undefined } as const;

/**
 * Data a transport keeps beyond its connection status (which comes from its events, see
 * useConnectionStatus): re-read when it says it changed, `empty` while there is no source.
 * `read` is a selector taken once per source (an inline arrow is fine).
 */
export function useSnapshot<T extends Observable, S>(
  source: T | undefined,
  read: (source: T) => S,
  empty: S,
): S {
  // `read` is left out on purpose: an inline selector is a new function each render, and a new
  // store per render would subscribe, drop its snapshot and render again without end.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const store = useMemo(() => (source ? snapshotStore(source, read) : null), [source]);
  return useSyncExternalStore(store?.subscribe ?? nothing.subscribe, store?.get ?? (() => empty));
}
