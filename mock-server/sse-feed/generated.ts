// The feed's own events: `time` every 2 s, a `notification` every 15 s, an `alert` every 45 s, and
// only while someone listens (an empty room needs no clock).
import { randomUUID } from 'node:crypto';
import { ENVELOPE_VERSION, type Envelope } from '../../src/shared/envelope';
import { SERVER_PEER, SSE_LIMITS, type SseEventType } from '../../src/shared/server-protocol';

const TOPICS = ['quiz', 'homework', 'reminder'] as const;
const ALERTS = ['cpu', 'disk', 'memory'] as const;

export type GeneratedOptions = {
  /** 0 switches the generated events off (tests). */
  timeEveryMs?: number;
  notificationEveryMs?: number;
  alertEveryMs?: number;
};

export function startGenerated(
  options: GeneratedOptions,
  listening: () => boolean,
  publish: (event: SseEventType, envelope: Envelope) => unknown,
): NodeJS.Timeout[] {
  let serverSeq = 0;
  let notifications = 0;
  const fromServer = (event: SseEventType, body: unknown) =>
    publish(event, {
      v: ENVELOPE_VERSION,
      id: randomUUID(),
      mechanism: 'server-sent-events',
      sender: SERVER_PEER,
      kind: event === 'message' ? 'chat' : event,
      body,
      sentAt: Date.now(),
      seq: ++serverSeq,
    });
  const timers: NodeJS.Timeout[] = [];
  const every = (ms: number | undefined, fallback: number, tick: () => void) => {
    const period = ms ?? fallback;
    if (period <= 0) return;
    const timer = setInterval(() => {
      if (listening()) tick();
    }, period);
    timer.unref();
    timers.push(timer);
  };
  every(options.timeEveryMs, SSE_LIMITS.timeEveryMs, () =>
    fromServer('time', { iso: new Date().toISOString() }),
  );
  every(options.notificationEveryMs, 15_000, () => {
    notifications++;
    fromServer('notification', { topic: TOPICS[notifications % TOPICS.length], n: notifications });
  });
  every(options.alertEveryMs, 45_000, () =>
    fromServer('alert', {
      level: 'warning',
      topic: ALERTS[Math.floor(Math.random() * ALERTS.length)],
      percent: 80 + Math.floor(Math.random() * 20),
    }),
  );
  return timers;
}
