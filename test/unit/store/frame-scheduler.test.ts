import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FALLBACK_MS, frameScheduler } from '../../../src/store/frame-scheduler';

// Frames are driven by hand: each runFrame() runs the callbacks requested before it, as a browser
// does (one requested during a frame waits for the next).
let callbacks: FrameRequestCallback[] = [];
const runFrame = () => callbacks.splice(0).forEach((cb) => cb(performance.now()));

beforeEach(() => {
  vi.useFakeTimers();
  callbacks = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => callbacks.push(cb));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the log batch scheduler', () => {
  it('flushes in the frame after the next one, so the frame answering a send stays light', () => {
    const flush = vi.fn();
    frameScheduler(flush, 0);
    runFrame();
    expect(flush).not.toHaveBeenCalled();
    runFrame();
    expect(flush).toHaveBeenCalledTimes(1);
  });

  it('flushes once, even when the fallback timer fires after the frames', () => {
    const flush = vi.fn();
    frameScheduler(flush, 0);
    runFrame();
    runFrame();
    vi.advanceTimersByTime(FALLBACK_MS);
    expect(flush).toHaveBeenCalledTimes(1);
  });

  it('falls back to a timer where no frames come (a hidden tab)', () => {
    const flush = vi.fn();
    frameScheduler(flush, 0);
    vi.advanceTimersByTime(FALLBACK_MS - 1);
    expect(flush).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(flush).toHaveBeenCalledTimes(1);
  });

  it('flushes a delayed batch (a flood) in a timer task of its own, without waiting for frames', () => {
    const flush = vi.fn();
    frameScheduler(flush, 100);
    runFrame();
    runFrame();
    vi.advanceTimersByTime(99);
    expect(flush).not.toHaveBeenCalled();
    expect(callbacks).toHaveLength(0); // no frame was asked for: the commit is not a frame's work
    vi.advanceTimersByTime(1);
    expect(flush).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(FALLBACK_MS);
    runFrame();
    runFrame();
    expect(flush).toHaveBeenCalledTimes(1);
  });
});
