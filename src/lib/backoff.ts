// Reconnect delays: exponential (base × 2^(attempt−1), capped) with "equal jitter" — half the delay
// fixed, half random — so a class of 30 tabs dropped at once does not come back in one stampede,
// yet no tab retries sooner than half its step.
export type BackoffOptions = { baseMs: number; maxMs: number };

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 500, maxMs: 15_000 };

/** The wait before reconnect attempt `attempt` (1, 2, 3, …); `random` is in [0, 1). */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  const step = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
}
