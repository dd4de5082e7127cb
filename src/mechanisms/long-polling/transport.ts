// One server feed read three ways at once, each on its own connection: long polling (poll-way.ts),
// an EventSource and a WebSocket. The address is the server's base URL ('/' for this page's own
// server), so a picker of server instances only has to hand another in. Bytes and requests per way
// come from the server's counters (/api/wire), never estimated here.
// https://developer.mozilla.org/en-US/docs/Web/API/EventSource · …/WebSocket
import { now } from '../../lib/clock';
import { byteSize } from '../../lib/describe-value';
import { errorInfo } from '../../lib/error-info';
import type { Transport, TransportOptions } from '../../lib/transport-types';
import { PATHS } from '../../shared/endpoints';
import type { WireStats, WireWay } from '../../shared/feed-ways';
import type { SseReady, SseReset } from '../../shared/server-protocol';
import { runPollLoop } from './poll-way';
import { parseFeedFrame, SHOWN_EVENTS } from './protocol';
import { dropAll, publish, readWire, type DropResult } from './server-calls';
import type { WayView } from './way-tracker';
import { createWaysCore, RETRY_MS, WAYS, type WaysCore } from './ways-core';

export type { DropResult };
export type WaysState = {
  ways: Record<WireWay, WayView>;
  /** This page's own bytes and requests per way, as the server counted them. */
  wire: WireStats['client'];
  resume: boolean;
  drop: DropResult | null;
};

export interface FeedWaysTransport extends Transport {
  state(): WaysState;
  onChange(listener: () => void): () => void;
  /** Off: after a drop, long poll and WebSocket start again from "now" (SSE resumes by itself). */
  setResume(on: boolean): void;
  /** The teacher's "drop all connections" (needs the teacher token in classroom mode). */
  dropAll(): Promise<DropResult>;
}

function openSse(core: WaysCore): EventSource {
  const feed = new EventSource(core.url(PATHS.sse));
  let wasOpen = false;
  // Each (re)connection is a request; the browser sends Last-Event-ID on its own when it retries.
  feed.addEventListener('open', () => {
    wasOpen = true;
    core.count('sse');
    core.status('sse', 'open', 'stream open');
  });
  feed.addEventListener('error', () => {
    if (wasOpen) core.dropped('sse', 'the stream broke: the browser retries with Last-Event-ID');
    wasOpen = false;
  });
  feed.addEventListener('ready', (event: MessageEvent<string>) => {
    core.trackers.sse.update({ replayed: (JSON.parse(event.data) as SseReady).replayed });
    core.trackers.sse.mark(event.lastEventId || null);
    core.changed();
  });
  feed.addEventListener('reset', (event: MessageEvent<string>) =>
    core.reset('sse', JSON.parse(event.data) as SseReset),
  );
  for (const type of SHOWN_EVENTS)
    feed.addEventListener(type, (event: MessageEvent<string>) => {
      let data: unknown = event.data;
      try {
        data = JSON.parse(event.data);
      } catch {
        // Kept as text: the log shows it raw.
      }
      core.deliver('sse', { id: event.lastEventId, event: type, data });
    });
  return feed;
}

function openWs(core: WaysCore, holder: { socket: WebSocket | null }) {
  const { view } = core.trackers.ws;
  // A WebSocket has no Last-Event-ID: the page sends its cursor itself (or loses the gap).
  const after = view.lastId && (core.flags.resume || view.requests === 0) ? view.lastId : null;
  const ws = new WebSocket(core.url(PATHS.feedWs, { after }).replace(/^http/, 'ws'));
  holder.socket = ws;
  core.count('ws');
  ws.addEventListener('open', () => core.status('ws', 'open', 'socket open'));
  ws.addEventListener('message', (message: MessageEvent) => {
    const frame = typeof message.data === 'string' ? parseFeedFrame(message.data) : null;
    if (frame?.type === 'event') core.deliver('ws', frame);
    else if (frame?.type === 'reset') core.reset('ws', frame.reset);
    else if (frame?.type === 'ready') {
      core.trackers.ws.update({ replayed: frame.ready.replayed });
      core.trackers.ws.mark(frame.ready.lastId);
      core.changed();
    }
  });
  ws.addEventListener('close', (event) => {
    if (!core.flags.open || holder.socket !== ws) return;
    const from = core.flags.resume ? 'with after=<last id>' : 'from now (resume is off)';
    core.dropped('ws', `closed (${event.code}): reconnecting in 1 s ${from}`);
    core.later(RETRY_MS, () => openWs(core, holder));
  });
}

export function createFeedWaysTransport({ address }: TransportOptions): FeedWaysTransport {
  const core = createWaysCore(address);
  const fetchFn: typeof fetch = (...args) => fetch(...args);
  const holder: { socket: WebSocket | null } = { socket: null };
  let source: EventSource | null = null;
  let stopPoll: AbortController | null = null;
  let wire: WireStats['client'] = null;
  let drop: DropResult | null = null;

  const watchWire = () =>
    readWire(core, fetchFn)
      .then((stats) => ((wire = stats.client), core.changed()))
      .catch(() => undefined) // the server is away: the counts stay as last read
      .finally(() => core.later(1000, watchWire));

  return {
    label: `the feed at ${address || '/'}, three ways`,
    subscribe: core.events.subscribe,
    onChange: core.changes.subscribe,
    state: () => ({
      ways: {
        poll: core.trackers.poll.view,
        sse: core.trackers.sse.view,
        ws: core.trackers.ws.view,
      },
      wire,
      resume: core.flags.resume,
      drop,
    }),
    setResume(on) {
      core.flags.resume = on;
      core.changed();
    },
    connect() {
      if (core.flags.open) return;
      core.flags.open = true;
      const started = now();
      for (const way of WAYS) {
        core.since[way] = started;
        core.trackers[way].update({ state: 'connecting' });
      }
      stopPoll = new AbortController();
      void runPollLoop(core, fetchFn, stopPoll.signal);
      source = openSse(core);
      openWs(core, holder);
      void watchWire();
    },
    send(envelope) {
      publish(core, fetchFn, envelope).catch((error: unknown) =>
        core.events.emit({
          type: 'error',
          at: now(),
          error: errorInfo(error),
          data: envelope.body,
        }),
      );
      const size = byteSize(envelope.body);
      core.events.emit({ type: 'sent', at: now(), envelope, size, to: 'the feed (POST)' });
      return { ok: true };
    },
    async dropAll() {
      drop = await dropAll(core, fetchFn);
      core.changed();
      return drop;
    },
    close() {
      if (!core.flags.open) return;
      core.flags.open = false;
      core.stopTimers();
      stopPoll?.abort();
      source?.close();
      const socket = holder.socket;
      holder.socket = null;
      socket?.close(1000);
      for (const way of WAYS) core.trackers[way].update({ state: 'closed' });
      core.events.emit({ type: 'status', at: now(), status: 'closed', manual: true });
    },
  };
}
