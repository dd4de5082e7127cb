// What made a frame long, from the page itself: the Long Animation Frames API reports every frame
// over 50 ms with the scripts that ran in it (over 5 ms each), their forced style and layout, and
// when rendering started. Cheap enough to run in every flood, unlike a trace.
// https://developer.mozilla.org/en-US/docs/Web/API/PerformanceLongAnimationFrameTiming
// https://w3c.github.io/long-animation-frames/

/** One long frame, in ms. */
export type LongFrame = {
  /** When it started (ms on the page's clock): frames before the flood's mark are not counted. */
  at: number;
  ms: number;
  /** Script (callbacks, events, timers) in the frame, and the layout it forced. */
  scriptMs: number;
  forcedLayoutMs: number;
  /** From the start of rendering (rAF callbacks, style, layout, paint) to the end of the frame. */
  renderMs: number;
  /** Of which style and layout (ResizeObserver callbacks included). */
  styleLayoutMs: number;
  /** The longest script: who called it and where it lives. */
  topScript: string;
};

/** Plain page JavaScript (see log-load.ts): collects window.__longFrames, compact, as they come. */
export const LONG_FRAME_RECORDER = `(() => {
  window.__longFrames = [];
  if (!PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) return;
  new PerformanceObserver((list) => list.getEntries().forEach((e) => {
    const end = e.startTime + e.duration;
    const scripts = e.scripts.slice().sort((a, b) => b.duration - a.duration);
    const top = scripts[0];
    window.__longFrames.push({
      at: e.startTime,
      ms: e.duration,
      scriptMs: e.scripts.reduce((n, s) => n + s.duration, 0),
      forcedLayoutMs: e.scripts.reduce((n, s) => n + s.forcedStyleAndLayoutDuration, 0),
      renderMs: e.renderStart ? end - e.renderStart : 0,
      styleLayoutMs: e.styleAndLayoutStart ? end - e.styleAndLayoutStart : 0,
      topScript: top ? top.invokerType + ' ' + top.invoker + ' ' + Math.round(top.duration) + ' ms' + (top.sourceFunctionName ? ' in ' + top.sourceFunctionName : '') : '',
    });
  })).observe({ type: 'long-animation-frame' });
})()`;

const ms = (n: number) => `${Math.round(n)}`;

/** The longest frames, longest first: "120 ms: script 20 (forced layout 15), render 95 (…)". */
export function describeLongFrames(frames: readonly LongFrame[], top = 3): string {
  if (frames.length === 0) return 'no frame over 50 ms';
  const longest = [...frames].sort((a, b) => b.ms - a.ms).slice(0, top);
  const lines = longest.map(
    (f) =>
      `${ms(f.ms)} ms: script ${ms(f.scriptMs)} (forced layout ${ms(f.forcedLayoutMs)}), rendering ${ms(f.renderMs)} (style and layout ${ms(f.styleLayoutMs)})${f.topScript ? `; longest script: ${f.topScript}` : ''}`,
  );
  return `${frames.length} frame(s) over 50 ms; the longest ${lines.join(' · ')}`;
}
