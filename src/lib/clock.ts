// `performance.timeOrigin + performance.now()` is a high-resolution wall-clock time. Tabs of one
// browser share the same clock, so a receiver can subtract a sender's `sentAt` to get one-way latency.
// https://developer.mozilla.org/en-US/docs/Web/API/Performance/timeOrigin
export const now = (): number => performance.timeOrigin + performance.now();

export function formatClock(epochMs: number): string {
  const date = new Date(epochMs);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}
