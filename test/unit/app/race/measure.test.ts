import { describe, expect, it } from 'vitest';
import { measureThroughput, THROUGHPUT_MAX, type Send } from '../../../../src/app/race/measure';

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
});
