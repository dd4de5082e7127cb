import { useCallback, useRef, useState } from 'react';

/**
 * Whether a box scrolls sideways: its content is wider than it. Read when the box or its content
 * is resized, not when it scrolls (what depends on it keeps its place while the reader scrolls).
 * Returns a ref callback for the box. False where there is no ResizeObserver (jsdom), so nothing
 * is claimed that was not measured.
 * https://developer.mozilla.org/docs/Web/API/Element/scrollWidth
 */
export function useScrollsSideways(): [(el: HTMLElement | null) => void, boolean] {
  const [sideways, setSideways] = useState(false);
  const stop = useRef<(() => void) | null>(null);
  const ref = useCallback((el: HTMLElement | null) => {
    stop.current?.();
    stop.current = null;
    if (!el || typeof ResizeObserver !== 'function') return;
    const read = () => setSideways(el.scrollWidth > el.clientWidth + 1);
    const observer = new ResizeObserver(read);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    read();
    stop.current = () => observer.disconnect();
  }, []);
  return [ref, sideways];
}
