// What the three ways share: per-way trackers, the server base URL (the transport's address: a
// picker of server instances only has to hand another in), timers that stop on close, and the one
// road to the log (the first arrival of each event is logged once; every arrival is counted).
import { now } from '../../lib/clock';
import { createEmitter } from '../../lib/emitter';
import { withJoinCode } from '../../lib/join-code';
import { receivedEvent } from '../../lib/transport-events';
import type { TransportEvent } from '../../lib/transport-types';
import type { FeedEvent, WireWay } from '../../shared/feed-ways';
import type { SseReset } from '../../shared/server-protocol';
import { bodyText, sentAtOf } from './protocol';
import { WayTracker, type WayView } from './way-tracker';

export const WAYS = ['poll', 'sse', 'ws'] as const;
export const WAY_LABELS: Record<WireWay, string> = {
  poll: 'long poll',
  sse: 'EventSource',
  ws: 'WebSocket',
};
export const RETRY_MS = 1000;

export type WaysCore = ReturnType<typeof createWaysCore>;

export function createWaysCore(address: string) {
  const events = createEmitter<TransportEvent>();
  const changes = createEmitter<void>();
  const trackers = { poll: new WayTracker(), sse: new WayTracker(), ws: new WayTracker() };
  /** This page's name on the server's byte counts (`?client=`). */
  const client = `lp${Math.random().toString(36).slice(2, 10)}`;
  const firstSeen = new Set<string>();
  /** When each way last (re)connected: events sent before it are replays, not timed. */
  const since = { poll: 0, sse: 0, ws: 0 };
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const flags = { open: false, resume: true };
  const changed = () => changes.emit();

  const core = {
    events,
    changes,
    trackers,
    since,
    flags,
    changed,
    /** An absolute URL on the server this transport reads, with `client` and the join code. */
    url(path: string, params: Record<string, string | null> = {}) {
      const target = new URL(path, new URL(address || '/', location.href));
      for (const [key, value] of Object.entries(params))
        if (value) target.searchParams.set(key, value);
      target.searchParams.set('client', client);
      return withJoinCode(target.href);
    },
    later(ms: number, run: () => void) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (flags.open) run();
      }, ms);
      timers.add(timer);
    },
    wait: (ms: number) => new Promise<void>((resolve) => core.later(ms, resolve)),
    stopTimers() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
    count(way: WireWay) {
      trackers[way].update({ requests: trackers[way].view.requests + 1 });
      changed();
    },
    status(way: WireWay, state: WayView['state'], reason: string) {
      trackers[way].update({ state });
      changed();
      events.emit({
        type: 'status',
        at: now(),
        status: state === 'open' ? 'open' : 'connecting',
        manual: false,
        reason: `${WAY_LABELS[way]}: ${reason}`,
      });
    },
    dropped(way: WireWay, reason: string) {
      trackers[way].update({ reconnects: trackers[way].view.reconnects + 1 });
      since[way] = now();
      core.status(way, 'connecting', reason);
    },
    reset(way: WireWay, value: SseReset) {
      trackers[way].update({ reset: value.reason });
      changed();
    },
    /** One event as a way brought it: counted per way; its first arrival goes to the log. */
    deliver(way: WireWay, event: FeedEvent) {
      const sentAt = sentAtOf(event.data);
      const live = sentAt !== null && sentAt >= since[way];
      const shown = { event: event.event, text: bodyText(event.data) };
      const verdict = trackers[way].observe(event.id, live ? now() - sentAt : null, shown);
      changed();
      if (verdict === 'duplicate' || firstSeen.has(event.id)) return;
      firstSeen.add(event.id);
      if (firstSeen.size > 2000) firstSeen.delete(firstSeen.values().next().value as string);
      const detail = { event: event.event, id: event.id, first: WAY_LABELS[way], verdict };
      events.emit(receivedEvent(event.data, now(), { detail }));
    },
  };
  return core;
}
