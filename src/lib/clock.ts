// `performance.timeOrigin + performance.now()` is a high-resolution wall-clock time. Tabs of one
// browser share the same clock, so a receiver can subtract a sender's `sentAt` to get one-way latency.
// https://developer.mozilla.org/en-US/docs/Web/API/Performance/timeOrigin
//
// timeOrigin is fixed for the life of a document or worker ("the time origin … is set when the
// environment settings object is created": https://w3c.github.io/hr-time/#dfn-time-origin), but
// reading it is a DOM getter call; now() runs several times per message, so it is read once.
let origin: number | undefined;
export const now = (): number => (origin ??= performance.timeOrigin) + performance.now();

export function formatClock(epochMs: number): string {
  const date = new Date(epochMs);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}
