// The browser never reconnects a WebSocket by itself: this is the schedule of the transport's own
// attempts, exponential with jitter (lib/backoff.ts), one timer at a time. `attempt` counts the
// tries since the socket was last open, and `retryAt` is when the next one starts, while one waits.
import { backoffDelay, type BackoffOptions } from '../../lib/backoff';

export type Retry = ReturnType<typeof createRetry>;

export function createRetry(
  backoff: BackoffOptions,
  random: (() => number) | undefined,
  attemptNow: () => void,
) {
  let attempt = 0;
  let retryAt: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    get attempt() {
      return attempt;
    },
    get retryAt() {
      return retryAt;
    },
    /** One more attempt, after the wait its number earns. */
    schedule() {
      attempt++;
      const delay = backoffDelay(attempt, backoff, random);
      retryAt = Date.now() + delay;
      timer = setTimeout(attemptNow, delay);
    },
    /** Nothing waits any more: an attempt starts now, or none will. */
    cancel() {
      clearTimeout(timer);
      retryAt = null;
    },
    /** Count from zero again: the socket opened, or the next try goes to another instance. */
    reset() {
      attempt = 0;
    },
  };
}
