import { useLayoutEffect, useRef, useState, type UIEvent } from 'react';

const observable = () => typeof ResizeObserver === 'function';

/**
 * A scrolling box of fixed-height rows that stays at the newest row unless the reader has scrolled
 * up to read something older, and measures itself so only the rows in view need drawing. While it
 * is stuck to the bottom, the scroll position follows from the content's height: computed during
 * render, so a new row costs one render, not a second one after the scroll.
 *
 * Scrolling to the newest row never forces a layout. Reading or writing `scrollTop` right after new
 * rows were committed makes the browser lay them out there and then, in the middle of a task
 * ("forced synchronous layout"). So the box is scrolled from a ResizeObserver on the content
 * (`contentRef`): its callback runs after the browser's own layout and before paint, when layout is
 * clean, and the scroll lands in the same frame as the rows. Once the log is full its height stops
 * changing, and nothing is written at all.
 * https://drafts.csswg.org/resize-observer/#html-event-loop
 * https://developer.mozilla.org/en-US/docs/Web/API/ResizeObserver
 */
export function useStickyViewport<Content extends Element = HTMLDivElement>(
  contentHeight: number,
  rowHeight: number,
  follow: unknown,
) {
  const ref = useRef<HTMLDivElement>(null);
  const contentRef = useRef<Content>(null);
  // True while the reader is at the newest row; it only changes when they scroll away or back.
  const [stuck, setStuck] = useState(true);
  const [scrollTop, setScrollTop] = useState(0);
  const [size, setSize] = useState({ width: 800, height: 240 });
  // What the scroll handler and the observers compare with: the committed sizes, without reading
  // the DOM (which, between a commit and the next frame, would force the layout this avoids).
  // `stuck` here is the truth, set by the scroll handler at once; the state follows it.
  const latest = useRef({ stuck: true, contentHeight, viewport: size.height, written: -1 });
  useLayoutEffect(() => {
    latest.current.contentHeight = contentHeight;
    latest.current.viewport = size.height;
  });

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () =>
      setSize({ width: element.clientWidth || 800, height: element.clientHeight || 240 });
    measure();
    if (!observable()) return; // older browsers, jsdom: keep the first measure
    // Called after layout: reading and writing scroll positions here costs no extra layout.
    const toBottom = () => {
      if (!latest.current.stuck) return;
      const bottom = element.scrollHeight - element.clientHeight;
      if (Math.abs(element.scrollTop - bottom) < 1) return;
      latest.current.written = bottom;
      element.scrollTop = bottom;
    };
    const box = new ResizeObserver(() => {
      measure();
      toBottom();
    });
    box.observe(element);
    const content = new ResizeObserver(toBottom);
    if (contentRef.current) content.observe(contentRef.current);
    return () => {
      box.disconnect();
      content.disconnect();
    };
  }, []);

  // Where the browser cannot tell us after layout (no ResizeObserver, no content), scroll at commit.
  useLayoutEffect(() => {
    const element = ref.current;
    if (element && stuck && (!observable() || !contentRef.current))
      element.scrollTop = element.scrollHeight;
  }, [follow, stuck]);

  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const top = event.currentTarget.scrollTop;
    const now = latest.current;
    // Our own scroll keeps the box stuck, even when its event comes after more rows did.
    const ours = Math.abs(top - now.written) < 1;
    now.written = -1;
    const atBottom = ours || top + now.viewport >= now.contentHeight - rowHeight;
    // During a flood every flush scrolls the box (toBottom) and so fires a scroll event: one that
    // changes nothing asks React for nothing (no update queued, no render to bail out of).
    if (atBottom && now.stuck) return;
    // At once, not at the next render: a flush in between must not scroll the reader back down.
    now.stuck = atBottom;
    setStuck(atBottom);
    if (!atBottom) setScrollTop(top);
  };

  return {
    ref,
    contentRef,
    /** At the newest row, following new ones. */
    stuck,
    top: stuck ? Math.max(0, contentHeight - size.height) : scrollTop,
    width: size.width,
    height: size.height,
    onScroll,
  };
}
