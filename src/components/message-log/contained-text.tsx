import { useLayoutEffect, useRef, type ReactNode } from 'react';

/**
 * Text that changes often (a count during a flood) in a box of its own size that the browser lays
 * out on its own. The box has size and layout containment, which makes it a relayout boundary: a
 * new text inside it is laid out there, and the page around it is not laid out again. Without it,
 * every flush of a flood laid the page out from the document down (the trace's Layout root was
 * #document on every redraw; with it, the box and the log's rows). With size containment the box
 * no longer takes its size from its text, so it is given the text's size: a ResizeObserver on the
 * text reports it after layout and before paint, so the box is never drawn at a stale size, and it
 * only changes when the text's width does (tabular digits keep it while numbers grow).
 * https://developer.mozilla.org/en-US/docs/Web/CSS/contain
 * https://drafts.csswg.org/css-contain-2/#containment-layout
 * https://drafts.csswg.org/resize-observer/#html-event-loop
 */
export function ContainedText({ children }: { children: ReactNode }) {
  const box = useRef<HTMLSpanElement>(null);
  const text = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const outer = box.current;
    const inner = text.current;
    // jsdom and very old browsers: the box keeps no containment (see the class below) and simply
    // takes its text's size, as any span does.
    if (!outer || !inner || typeof ResizeObserver !== 'function') return;
    let written = '';
    const observer = new ResizeObserver(([entry]) => {
      const size = entry?.borderBoxSize?.[0];
      if (!size) return;
      // Written only when it changed: setting an inline style, even to the value it has, marks the
      // element for a new style pass.
      const next = `${size.inlineSize}x${size.blockSize}`;
      if (next === written) return;
      written = next;
      outer.style.width = `${size.inlineSize}px`;
      outer.style.height = `${size.blockSize}px`;
      if (!outer.classList.contains('contained-text--sized'))
        outer.classList.add('contained-text--sized');
    });
    observer.observe(inner);
    return () => observer.disconnect();
  }, []);
  return (
    <span ref={box} className="contained-text">
      <span ref={text} className="contained-text__text">
        {children}
      </span>
    </span>
  );
}
