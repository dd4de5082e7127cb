// An EventSource on the server's feed (/sse). The browser reconnects by itself after `retry` ms and
// sends Last-Event-ID, so the server can replay what was missed. Events with a name reach only
// listeners added with addEventListener(name); `onmessage` hears the unnamed ones. The connection's
// status travels as status events only; what the stream said is kept in feed-state.ts.
// https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events
import { now } from '../../lib/clock';
import { createEmitter } from '../../lib/emitter';
import { englishCount } from '../../lib/english-count';
import { withJoinCode } from '../../lib/join-code';
import { openFailed, receivedEvent, statusEvent } from '../../lib/transport-events';
import { SSE_EVENT_TYPES, type SseReady, type SseReset } from '../../shared/server-protocol';
import type { TransportEvent } from '../../lib/transport-types';
import { createPublisher, parse, resetMessage } from './feed-messages';
import { createFeedState } from './feed-state';
import type { SseOptions, SseTransport } from './types';

export type { SseOptions, SseState, SseTransport } from './types';

export function createSseTransport(options: SseOptions): SseTransport {
  const events = createEmitter<TransportEvent>();
  const changes = createEmitter<void>();
  const feed = createFeedState();
  let source: EventSource | null = null;
  let url = options.address;
  let manual = false;
  let closedForGood = false;
  const changed = () => changes.emit();
  const status = (...args: Parameters<typeof statusEvent>) => events.emit(statusEvent(...args));

  function open() {
    // A new EventSource cannot send Last-Event-ID itself; the server also reads it from the query.
    const target = new URL(options.address, options.base?.() ?? location.href);
    if (feed.lastEventId) target.searchParams.set('lastEventId', feed.lastEventId);
    url = withJoinCode(target.href);
    let current: EventSource;
    try {
      current = new EventSource(url);
    } catch (error) {
      events.emit(openFailed(error));
      return;
    }
    source = current;
    status('connecting');
    // Each listener hears this source only while it is the transport's (not after a reopen).
    const on = (type: string, listener: (event: MessageEvent<string>) => void) =>
      current.addEventListener(type, (event) => {
        if (current !== source) return;
        listener(event as MessageEvent<string>);
        changed();
      });
    on('open', () => {
      const opens = feed.opened();
      status('open', opens > 1 ? 'reconnected by the browser' : undefined);
    });
    on('error', () => {
      // In a cluster the instance may be gone for good: reopen on the next one, from the last id.
      if (!manual && options.onLost?.()) {
        status(
          'connecting',
          `instance lost: moving, resuming after ${feed.lastEventId || '(none)'}`,
        );
        return reopen();
      }
      if (current.readyState === EventSource.CLOSED)
        status('error', 'the browser gave up: the answer was not a 200 text/event-stream');
      else
        status(
          'connecting',
          `connection lost: the browser retries${feed.retryMs === null ? '' : ` in ${feed.retryMs} ms`} with Last-Event-ID ${feed.lastEventId || '(none)'}`,
        );
    });
    on('ready', (event) => {
      const ready = parse(event.data) as SseReady;
      feed.ready(ready, event.lastEventId);
      status(
        'open',
        ready.resumedFrom
          ? `resumed after ${ready.resumedFrom}: ${englishCount(ready.replayed, 'missed event', 'missed events')} replayed`
          : `listening from ${event.lastEventId || 'the start'}`,
      );
    });
    on('reset', (event) => {
      const reset = parse(event.data) as SseReset;
      feed.reset(reset);
      events.emit({
        type: 'error',
        at: now(),
        error: { name: 'FeedReset', message: resetMessage(reset) },
      });
    });
    for (const type of [...SSE_EVENT_TYPES, ...(options.extraTypes ?? [])])
      on(type, (event) => {
        const at = now();
        const sequence = feed.event(type, event.lastEventId);
        events.emit(
          receivedEvent(
            parse(event.data),
            at,
            { detail: { event: type, id: event.lastEventId, sequence } },
            null,
            true, // JSON.parse's output (or text)
          ),
        );
      });
    changed();
  }

  function reopen() {
    source?.close();
    source = null;
    open();
  }

  const { publish, post } = createPublisher(events.emit);

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
      // One-way by design: a page "sends" by asking the server to publish, over plain HTTP. It
      // hears the event on its own stream, so the answer's body is not read (feed-messages.ts).
      post('message', envelope).catch(() => undefined);
      return { ok: true };
    },
    publish,
    post,
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
    state: () => feed.state(url),
    close() {
      if (closedForGood) return;
      closedForGood = true;
      source?.close();
      source = null;
      status('closed', undefined, true);
    },
  };
}
