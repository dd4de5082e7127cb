// An EventSource on the server's feed (/sse). The browser reconnects by itself after `retry` ms and
// sends Last-Event-ID, so the server can replay what was missed. Events with a name reach only
// listeners added with addEventListener(name); `onmessage` hears the unnamed ones.
// https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events
import { now } from '../../lib/clock';
import { createEmitter } from '../../lib/emitter';
import { errorInfo } from '../../lib/error-info';
import { FeedSequence } from '../../lib/feed-sequence';
import { withJoinCode } from '../../lib/join-code';
import { receivedEvent } from '../../lib/transport-events';
import {
  SSE_EVENT_TYPES,
  type SseEventType,
  type SseReady,
  type SseReset,
} from '../../shared/server-protocol';
import type { TransportEvent } from '../../lib/transport-types';
import { createPublisher, parse, resetMessage } from './feed-messages';
import type { SseOptions, SseReadyState, SseTransport } from './types';

export type { SseOptions, SseReadyState, SseState, SseTransport } from './types';

const READY: SseReadyState[] = ['connecting', 'open', 'closed'];

export function createSseTransport(options: SseOptions): SseTransport {
  const events = createEmitter<TransportEvent>();
  const changes = createEmitter<void>();
  const sequence = new FeedSequence();
  let source: EventSource | null = null;
  let url = options.address;
  let lastEventId = '';
  let retryMs: number | null = null;
  let opens = 0;
  let resumes = 0;
  let replayed = 0;
  let lastReset: SseReset | null = null;
  let resumedFrom: string | null = null;
  let manual = false;
  let gaveUp = false;
  let closedForGood = false;
  const counts = Object.fromEntries(SSE_EVENT_TYPES.map((type) => [type, 0])) as Record<
    SseEventType,
    number
  >;
  const changed = () => changes.emit();
  const status = (value: 'connecting' | 'open' | 'closed' | 'error', reason?: string, m = false) =>
    events.emit({ type: 'status', at: now(), status: value, manual: m, reason });

  function open() {
    gaveUp = false;
    // A new EventSource cannot send Last-Event-ID itself; the server also reads it from the query.
    const target = new URL(options.address, options.base?.() ?? location.href);
    if (lastEventId) target.searchParams.set('lastEventId', lastEventId);
    url = withJoinCode(target.href);
    let current: EventSource;
    try {
      current = new EventSource(url);
    } catch (error) {
      status('error', errorInfo(error).message);
      return;
    }
    source = current;
    status('connecting');
    current.addEventListener('open', () => {
      if (current !== source) return;
      opens++;
      status('open', opens > 1 ? 'reconnected by the browser' : undefined);
      changed();
    });
    current.addEventListener('error', () => {
      if (current !== source) return;
      // In a cluster the instance may be gone for good: reopen on the next one, from the last id.
      if (!manual && options.onLost?.()) {
        status('connecting', `instance lost: moving, resuming after ${lastEventId || '(none)'}`);
        return reopen();
      }
      if (current.readyState === EventSource.CLOSED) {
        gaveUp = true;
        status(
          'error',
          'the browser stopped retrying: the answer was not a 200 text/event-stream (is the server running?)',
        );
      } else {
        status(
          'connecting',
          `connection lost; the browser retries${retryMs === null ? '' : ` in ${retryMs} ms`} and sends Last-Event-ID ${lastEventId || '(none)'}`,
        );
      }
      changed();
    });
    current.addEventListener('ready', (event: MessageEvent<string>) => {
      if (current !== source) return;
      const ready = parse(event.data) as SseReady;
      retryMs = ready.retryMs;
      replayed += ready.replayed;
      if (ready.resumedFrom) {
        resumes++;
        resumedFrom = ready.resumedFrom;
      }
      if (event.lastEventId) {
        sequence.position(event.lastEventId);
        lastEventId = event.lastEventId;
      }
      status(
        'open',
        ready.resumedFrom
          ? `resumed after ${ready.resumedFrom}: ${ready.replayed} missed event(s) replayed`
          : `listening from ${event.lastEventId || 'the start'}`,
      );
      changed();
    });
    current.addEventListener('reset', (event: MessageEvent<string>) => {
      if (current !== source) return;
      const reset = parse(event.data) as SseReset;
      lastReset = reset;
      sequence.reset(reset.epoch);
      events.emit({
        type: 'error',
        at: now(),
        error: {
          name: 'FeedReset',
          message: resetMessage(reset),
        },
      });
      changed();
    });
    for (const type of [...SSE_EVENT_TYPES, ...(options.extraTypes ?? [])])
      current.addEventListener(type, (event: MessageEvent<string>) => {
        if (current !== source) return;
        const at = now();
        if (type in counts) counts[type as SseEventType]++;
        const verdict = event.lastEventId ? sequence.observe(event.lastEventId) : 'no-id';
        if (event.lastEventId) lastEventId = event.lastEventId;
        events.emit(
          receivedEvent(parse(event.data), at, {
            detail: { event: type, id: event.lastEventId, sequence: verdict },
          }),
        );
        changed();
      });
    changed();
  }

  function reopen() {
    source?.close();
    source = null;
    open();
  }

  const publish = createPublisher(events.emit);

  return {
    get label() {
      return `EventSource ${options.address}`;
    },
    connect() {
      if (closedForGood || source) return;
      manual = false;
      open();
    },
    send(envelope) {
      // One-way by design: a page "sends" by asking the server to publish, over plain HTTP.
      publish('message', envelope).catch(() => undefined);
      return { ok: true };
    },
    publish,
    subscribe: events.subscribe,
    onChange: changes.subscribe,
    disconnect() {
      manual = true;
      source?.close();
      source = null;
      status('closed', 'closed by you: the browser will not reconnect', true);
      changed();
    },
    reconnectNow() {
      if (closedForGood) return;
      manual = false;
      reopen();
    },
    relocate() {
      if (closedForGood || manual) return;
      reopen();
    },
    state: () => ({
      url,
      readyState: source ? (READY[source.readyState] ?? 'closed') : 'closed',
      lastEventId,
      retryMs,
      epoch: sequence.epoch,
      events: sequence.events,
      gaps: sequence.gaps,
      missing: sequence.missing,
      duplicates: sequence.duplicates,
      opens,
      resumes,
      replayed,
      lastReset,
      manual,
      gaveUp,
      counts: { ...counts },
      resumedFrom,
    }),
    close() {
      if (closedForGood) return;
      closedForGood = true;
      source?.close();
      source = null;
      events.emit({ type: 'status', at: now(), status: 'closed', manual: true });
    },
  };
}
