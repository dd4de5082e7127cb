import { describe, expect, it } from 'vitest';
import {
  measureThroughput,
  THROUGHPUT_MAX,
  THROUGHPUT_MIN_MS,
  throughputCap,
  type Send,
} from '../../../../src/app/race/measure';

// An echo that answers each message in the next task, like a counterpart in another frame.
const echo: Send = () => ({
  sentAt: performance.now(),
  answer: new Promise((resolve) => setTimeout(() => resolve(performance.now()), 0)),
  error: null,
});

describe('measureThroughput', () => {
  it('sends exactly the asked number when there is no floor', async () => {
    const result = await measureThroughput(40, echo, new AbortController().signal);
    expect(result).toMatchObject({ sent: 40, received: 40, lost: 0 });
  });

  it('keeps a short burst going until the floor has passed, within the cap', async () => {
    const begin = performance.now();
    const result = await measureThroughput(40, echo, new AbortController().signal, 60);
    expect(performance.now() - begin).toBeGreaterThanOrEqual(60);
    expect(result.sent).toBeGreaterThan(40);
    expect(result.sent).toBeLessThanOrEqual(THROUGHPUT_MAX);
    expect(result.received).toBe(result.sent);
  });

  it("holds a longer floor's cap at the default's rate (the bench's 2 s bursts)", () => {
    expect(throughputCap(0)).toBe(THROUGHPUT_MAX);
    expect(throughputCap(THROUGHPUT_MIN_MS)).toBe(THROUGHPUT_MAX);
    expect(throughputCap(2000)).toBe(THROUGHPUT_MAX * 5);
  });
});
