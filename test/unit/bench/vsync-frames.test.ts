import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/lib/stats';
import { frameFigures, toVsyncs } from '../../bench/vsync-frames';
import recorded from './fixtures/raf-stamps.json';

const intervals = (stamps: readonly number[]) => stamps.slice(1).map((t, i) => t - stamps[i]!);
const { stamps } = recorded as { stamps: number[] };
// In the recording, frames 475 to 732 were each drawn on the next vsync: 257 intervals of 16.5 to
// 16.8 ms as read (the timestamps are coarsened to 100 µs with jitter).
const onVsync = stamps.slice(475, 733);

describe('frame times in whole vsyncs', () => {
  it('reads a stretch where every frame was on the next vsync as one vsync, 16.67 ms', () => {
    const raw = intervals(onVsync);
    expect(Math.max(...raw)).toBeLessThan(17);
    // As the bench read them before: the p95 of the differences misses 16.7.
    expect(summarize(raw).p95).toBeGreaterThan(16.7);
    const figures = frameFigures(raw);
    expect(figures.p95Vsyncs).toBe(1);
    expect(figures.p95Ms).toBeLessThanOrEqual(16.7);
    expect(figures.periodMs).toBeCloseTo(1000 / 60, 2);
    expect(figures.dropped).toBe(0);
    expect(figures.worstOffMs).toBeLessThan(0.25);
  });

  it('keeps a dropped frame dropped: one stamp missing reads 2 vsyncs, 33.3 ms', () => {
    const missing = [...onVsync.slice(0, 100), ...onVsync.slice(101)];
    const figures = frameFigures(intervals(missing));
    expect(figures.dropped).toBe(1);
    expect(figures.maxMs).toBeCloseTo(2000 / 60, 1);
    expect(figures.p95Ms).toBeLessThanOrEqual(16.7);
    // One frame in ten dropped: the p95 frame is two vsyncs.
    const removed = (i: number) => i % 10 === 5;
    const many = onVsync.filter((_, i) => !removed(i));
    const dropped = frameFigures(intervals(many));
    expect(dropped.p95Vsyncs).toBe(2);
    expect(dropped.p95Ms).toBeCloseTo(2000 / 60, 1);
    expect(dropped.dropped).toBe(onVsync.filter((_, i) => removed(i)).length);
  });

  it("counts the whole recording's missed vsyncs as the timestamps show them", () => {
    const raw = intervals(stamps);
    const { vsyncs, periodMs, worstOffMs } = toVsyncs(raw);
    expect(periodMs).toBeCloseTo(1000 / 60, 2);
    expect(worstOffMs).toBeLessThan(0.25);
    // Every interval over one and a half periods missed a vsync; each rounds to its own count.
    expect(vsyncs.filter((n) => n > 1)).toHaveLength(raw.filter((ms) => ms > 25).length);
    raw.forEach((ms, i) => expect(Math.abs(ms - vsyncs[i]! * periodMs)).toBeLessThan(0.25));
    expect(Math.max(...vsyncs)).toBe(Math.round(Math.max(...raw) / periodMs));
  });

  it('measures the period from the run, not a fixed 60 Hz', () => {
    // The same recording as a 120 Hz display would give it.
    const figures = frameFigures(intervals(onVsync.map((t) => t / 2)));
    expect(figures.periodMs).toBeCloseTo(1000 / 120, 2);
    expect(figures.p95Vsyncs).toBe(1);
  });
});
