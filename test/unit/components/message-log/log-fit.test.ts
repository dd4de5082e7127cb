import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  defaultSize,
  fitHeight,
  PRESENTER_ROWS,
} from '../../../../src/components/message-log/log-fit';

/** A 1280×720 projector: the window and the screen. */
function projector() {
  const saved = { inner: window.innerHeight, screen: window.screen.height };
  const set = (inner: number, screen: number) => {
    Object.defineProperty(window, 'innerHeight', { value: inner, configurable: true });
    Object.defineProperty(window.screen, 'height', { value: screen, configurable: true });
  };
  return { use: () => set(720, 720), restore: () => set(saved.inner, saved.screen) };
}

describe('fitHeight: the log takes what its rows need', () => {
  const screen = projector();
  beforeEach(screen.use);
  afterEach(screen.restore);

  it('gives an empty log room for its note only', () => {
    expect(fitHeight({ count: 0, rowHeight: 30, presenter: false })).toBe(64);
    expect(fitHeight({ count: 0, rowHeight: 60, presenter: true })).toBe(80);
  });

  it('grows with its rows', () => {
    expect(fitHeight({ count: 2, rowHeight: 30, presenter: false })).toBe(60);
    expect(fitHeight({ count: 2, rowHeight: 60, presenter: true })).toBe(120);
  });

  it('shows at most three rows in presenter mode, so the stage keeps the projector', () => {
    expect(PRESENTER_ROWS).toBe(3);
    expect(fitHeight({ count: 500, rowHeight: 60, presenter: true })).toBe(180);
  });

  it('stops changing once the share is full, so a flood does not restyle the page', () => {
    const full = fitHeight({ count: 10, rowHeight: 30, presenter: false });
    // 40 % of 720 px is 288 px: ten 30 px rows cover it, and more rows change nothing.
    expect(full).toBe(300);
    expect(fitHeight({ count: 10_000, rowHeight: 30, presenter: false })).toBe(full);
  });

  it('reports the fitted size at the log edge, never more than the share', () => {
    expect(defaultSize(false, true, 120)).toBe(120);
    expect(defaultSize(false, true, 500)).toBe(288);
    expect(defaultSize(false, false, null)).toBeCloseTo(259.2);
  });

  it('gives a window of four side by side a smaller share (tokens.css: 24vh)', () => {
    const width = window.innerWidth;
    Object.defineProperty(window, 'innerWidth', { value: 320, configurable: true });
    try {
      expect(defaultSize(false, false, null)).toBeCloseTo(172.8);
      expect(defaultSize(false, false, 120)).toBe(120);
    } finally {
      Object.defineProperty(window, 'innerWidth', { value: width, configurable: true });
    }
  });
});
