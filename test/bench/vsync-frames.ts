// Frame times in whole display periods. The flood's frames are the intervals between
// requestAnimationFrame callbacks' timestamps; Chromium gives every callback of one frame the
// frame's begin time, which its compositor takes from the vsync tick (so an interval is a whole
// number of periods), and then coarsens it like performance.now() (100 µs steps with jitter when
// the page is not cross-origin isolated). A frame drawn on the next vsync at 60 Hz (16.67 ms) then
// reads 16.6, 16.7 or 16.8, and a p95 of 16.8 says nothing about a missed vsync.
// https://html.spec.whatwg.org/multipage/imagebitmap-and-animations.html#run-the-animation-frame-callbacks
// https://developer.mozilla.org/en-US/docs/Web/API/Performance/now#security_requirements
// Here each interval is rounded to whole periods, the period measured from the same run's
// timestamps; how far the timestamps sit from whole periods is kept, so a reader sees that
// rounding removed only the coarsening (a page whose frames were not vsync-aligned would show it).
import { percentile } from '../../src/lib/stats';

export type VsyncFrames = {
  /** The display period measured from this run's timestamps, ms. */
  periodMs: number;
  /** Each frame in whole periods: 1 drawn on the next vsync, 2 one vsync missed… */
  vsyncs: number[];
  /** The farthest an interval was from its whole number of periods, ms (the coarsening). */
  worstOffMs: number;
};

/**
 * `intervals`: rAF timestamp differences, ms. The period is first read among the short intervals
 * (a frame cannot take less than one vsync; at least a tenth of any flood's frames are drawn on the
 * next one), then as all the time over all the periods counted, which averages the coarsening away
 * over thousands of frames.
 */
export function toVsyncs(intervals: readonly number[]): VsyncFrames {
  const valid = intervals.filter((ms) => Number.isFinite(ms) && ms > 0);
  const sorted = [...valid].sort((a, b) => a - b);
  const short = percentile(sorted, 10);
  const guess = percentile(
    sorted.filter((ms) => ms > short / 1.5 && ms < short * 1.5),
    50,
  );
  const count = (period: number) => valid.map((ms) => Math.max(1, Math.round(ms / period)));
  const guessed = count(guess);
  const total = guessed.reduce((a, b) => a + b, 0);
  const periodMs = total ? valid.reduce((a, b) => a + b, 0) / total : Number.NaN;
  const vsyncs = count(periodMs);
  const worstOffMs = valid.reduce(
    (worst, ms, i) => Math.max(worst, Math.abs(ms - (vsyncs[i] as number) * periodMs)),
    0,
  );
  return { periodMs, vsyncs, worstOffMs };
}

export type FrameFigures = {
  /** Frame times as whole periods of the measured vsync, ms. */
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** p95 in periods: 1 when at least 95 % of the frames were drawn on the next vsync. */
  p95Vsyncs: number;
  /** Frames that missed at least one vsync. */
  dropped: number;
  frames: number;
  periodMs: number;
  worstOffMs: number;
  /** The same p95 read straight from the timestamps' differences, coarsening and all. */
  p95RawMs: number;
};

/** The flood's frame figures from its rAF intervals. */
export function frameFigures(intervals: readonly number[]): FrameFigures {
  const { periodMs, vsyncs, worstOffMs } = toVsyncs(intervals);
  const sorted = [...vsyncs].sort((a, b) => a - b);
  const raw = intervals.filter(Number.isFinite).sort((a, b) => a - b);
  const p95Vsyncs = percentile(sorted, 95);
  return {
    medianMs: percentile(sorted, 50) * periodMs,
    p95Ms: p95Vsyncs * periodMs,
    maxMs: (sorted[sorted.length - 1] ?? Number.NaN) * periodMs,
    p95Vsyncs,
    dropped: vsyncs.filter((n) => n > 1).length,
    frames: vsyncs.length,
    periodMs,
    worstOffMs,
    p95RawMs: percentile(raw, 95),
  };
}
