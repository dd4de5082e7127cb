import { useLayoutEffect, useRef, useState, type UIEvent } from 'react';

/**
 * A scrolling box of fixed-height rows that stays at the newest row unless the reader has scrolled
 * up to read something older, and measures itself so only the rows in view need drawing. While it
 * is stuck to the bottom, the scroll position follows from the content's height: computed during
 * render, so a new row costs one render, not a second one after the scroll.
 */
export function useStickyViewport(contentHeight: number, rowHeight: number, follow: unknown) {
  const ref = useRef<HTMLDivElement>(null);
  // True while the reader is at the newest row; it only changes when they scroll away or back.
  const [stuck, setStuck] = useState(true);
  const [scrollTop, setScrollTop] = useState(0);
  const [size, setSize] = useState({ width: 800, height: 240 });

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () =>
      setSize({ width: element.clientWidth || 800, height: element.clientHeight || 240 });
    measure();
    if (typeof ResizeObserver !== 'function') return; // older browsers, jsdom: keep the first measure
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const element = ref.current;
    if (element && stuck) element.scrollTop = element.scrollHeight;
  }, [follow, stuck]);

  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const element = event.currentTarget;
    const atBottom = element.scrollTop + element.clientHeight >= element.scrollHeight - rowHeight;
    setStuck(atBottom);
    if (!atBottom) setScrollTop(element.scrollTop);
  };

  return {
    ref,
    top: stuck ? Math.max(0, contentHeight - size.height) : scrollTop,
    width: size.width,
    height: size.height,
    onScroll,
  };
}
