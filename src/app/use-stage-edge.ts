import { useEffect, type RefObject } from 'react';

/** What a hand or the room uses on the stage: a box cut in half by the stage's edge reads as broken. */
const CONTROLS =
  'button, input:not([type="hidden"]), select, textarea, summary, label, a.button, [role="button"]';
/** Room between the band and the control it hides, in px. */
const GAP = 6;

/**
 * In presenter mode the stage ends on whole controls (issue 12: the log's top edge cut through
 * "Send a Date", "Connect", a switch's label on a 1280×720 projector). The stage scrolls, so where
 * its edge falls depends on the page and the scroll: after each layout change and scroll, the
 * `band` (sticky at the stage's bottom, app.css) grows over the control the edge would cut, up to
 * the gap above it, so the stage shows that control whole once scrolled to, or not at all. The
 * log keeps its place and its rows. The band's height is its own inline style, so a change
 * restyles that box alone.
 */
export function useStageEdge(
  main: RefObject<HTMLElement | null>,
  band: RefObject<HTMLElement | null>,
  active: boolean,
) {
  useEffect(() => {
    const stage = main.current;
    const edge = band.current;
    if (!active || !stage || !edge) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const bottom = stage.getBoundingClientRect().bottom;
      const boxes = [...stage.querySelectorAll<HTMLElement>(CONTROLS)]
        .filter((el) => !edge.contains(el) && el.checkVisibility())
        .map((el) => el.getBoundingClientRect())
        // A control taller than a quarter of the stage (a long list's label, a text area) is
        // left cut: hiding it would hide more than it shows.
        .filter((box) => box.height > 0 && box.height <= stage.clientHeight / 4);
      const cuts = (y: number) => boxes.filter((box) => box.top < y - 0.5 && box.bottom > y + 0.5);
      // Moving the line up to a cut control's top may cut one above it (a label over its box).
      let line = bottom;
      for (let round = 0, cut = cuts(line); cut.length > 0 && round < 8; round++) {
        line = Math.min(...cut.map((box) => box.top));
        cut = cuts(line);
      }
      // A little room above the hidden control, so no sliver of its edge shows: up to GAP, at
      // most halfway to the control above it (a label 6 px above its box).
      if (line < bottom) {
        const above = boxes.filter((box) => box.bottom <= line + 0.5).map((box) => box.bottom);
        line = Math.max(line - GAP, (line + Math.max(line - 2 * GAP, ...above)) / 2);
      }
      const height = bottom - line <= stage.clientHeight / 3 ? Math.ceil(bottom - line) : 0;
      const px = `${Math.max(0, height)}px`;
      // Only a change: the band's own style is a mutation of the stage, observed below.
      if (edge.style.height !== px) edge.style.height = px;
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    schedule();
    // Every browser the app supports has ResizeObserver; a DOM without it (jsdom) measures on scroll
    // and on changes only.
    const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
    resized?.observe(stage);
    // The page's own content grows and shrinks (a panel opened, a status line, a list filled).
    const changed = new MutationObserver(schedule);
    changed.observe(stage, { childList: true, subtree: true, attributes: true });
    stage.addEventListener('scroll', schedule, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      resized?.disconnect();
      changed.disconnect();
      stage.removeEventListener('scroll', schedule);
      edge.style.height = '';
    };
  }, [main, band, active]);
}
