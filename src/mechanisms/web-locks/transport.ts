// Leader election with the Web Locks API: every tab asks for one exclusive lock; the browser grants
// it to one tab at a time, in request order, and releases it when that tab closes. The holder alone
// opens the server feed (one EventSource for all tabs) and relays it over BroadcastChannel.
// The naive way beside it: every tab opens its own EventSource (`?mode=naive`, or the switch).
// https://w3c.github.io/web-locks/ · https://developer.mozilla.org/en-US/docs/Web/API/Web_Locks_API
import { now } from '../../lib/clock';
import { byteSize } from '../../lib/describe-value';
import { createEmitter } from '../../lib/emitter';
import { errorInfo } from '../../lib/error-info';
import { serverApi } from '../../lib/server-api';
import { receivedEvent, statusFromError } from '../../lib/transport-events';
import type { TransportEvent, TransportOptions } from '../../lib/transport-types';
import type { LeaderState, LeaderTransport } from './contract';
import { openFeedSource } from './feed-source';
import { FeedTracker } from './feed-tracker';
import { describeQueue, parseRelay, tabLockName, type Relay } from './protocol';

export type { FeedMode, LeaderState, LeaderTransport } from './contract';

export function createLeaderTransport({ self, address }: TransportOptions): LeaderTransport {
  const events = createEmitter<TransportEvent>();
  const changes = createEmitter<void>();
  const tracker = new FeedTracker();
  const label = `lock "${address}"`;
  let channel: BroadcastChannel | null = null;
  let source: EventSource | null = null;
  let stop: AbortController | null = null;
  let release: (() => void) | null = null;
  let releaseTab: (() => void) | null = null;
  let queueTimer: ReturnType<typeof setInterval> | undefined;
  let resume = true;
  let state: LeaderState = {
    role: 'queued',
    feed: 'closed',
    terms: 0,
    lastEventId: null,
    seen: 0,
    missed: 0,
    duplicates: 0,
    takeover: null,
    queue: { holder: null, pending: [] },
  };
  const update = (next: Partial<LeaderState>) => {
    state = { ...state, ...next };
    changes.emit();
  };
  const status = (s: 'open' | 'closed' | 'error' | 'connecting', reason?: string) =>
    events.emit({ type: 'status', at: now(), status: s, manual: false, reason });

  /** One feed event, from the server (leader) or from the leader (follower): logged once. */
  function deliver(relay: Relay, via: string) {
    const verdict = tracker.observe(relay.id);
    const { lastId: lastEventId, seen, missed, duplicates } = tracker;
    update({ lastEventId, seen, missed, duplicates });
    if (verdict === 'duplicate') return;
    // The event's name goes with it, so the page can leave the clock's ticks out of the log.
    const detail = { via, event: relay.type, id: relay.id, verdict };
    events.emit(receivedEvent(relay.data, now(), { detail }));
  }

  async function refreshQueue() {
    try {
      update({ queue: describeQueue(await navigator.locks.query(), address) });
    } catch {
      // query() is unavailable in an opaque-origin frame; the queue simply stays as it was.
    }
  }

  function openFeed() {
    const from = resume ? tracker.lastId : null;
    update({ feed: 'connecting', takeover: { resumedFrom: from, replayed: 0 } });
    source = openFeedSource((url) => new EventSource(url), from, self, {
      open: () => update({ feed: 'open' }),
      retrying: () => update({ feed: 'connecting' }),
      ready(ready, lastEventId) {
        if (lastEventId && !resume) tracker.mark(lastEventId);
        update({ takeover: ready });
      },
      event(relay) {
        if (state.role === 'naive') return deliver(relay, 'EventSource (this tab’s own)');
        channel?.postMessage(relay);
        deliver(relay, 'EventSource (this tab leads)');
      },
    });
  }

  function closeFeed() {
    source?.close();
    source = null;
    update({ feed: 'closed' });
  }

  function queue() {
    stop = new AbortController();
    // Granted when every earlier request has let go; the promise we return holds the lock.
    navigator.locks
      .request(address, { signal: stop.signal }, () => {
        update({ role: 'leader', terms: state.terms + 1 });
        status('open', `this tab is the leader (term ${state.terms}): it alone opens the feed`);
        openFeed();
        void refreshQueue();
        return new Promise<void>((resolve) => (release = resolve));
      })
      .catch((error: unknown) => {
        if (errorInfo(error).name !== 'AbortError') events.emit(statusFromError('error', error));
      });
  }

  return {
    label,
    state: () => state,
    onChange: changes.subscribe,
    subscribe: events.subscribe,
    setResume(on) {
      resume = on;
    },
    connect() {
      if (channel) return;
      // navigator.locks exists only in secure contexts (https, or http://localhost).
      if (!('locks' in navigator)) {
        status('error', 'Web Locks need a secure context (https, or http://localhost)');
        return;
      }
      channel = new BroadcastChannel(address);
      channel.addEventListener('message', (event: MessageEvent) => {
        const relay = parseRelay(event.data);
        if (relay && state.role === 'queued')
          deliver(relay, `BroadcastChannel from ${relay.by.name}`);
      });
      // Held as long as the tab lives, so query() can put a name on each clientId.
      void navigator.locks.request(
        tabLockName(self),
        () => new Promise<void>((resolve) => (releaseTab = resolve)),
      );
      // A naive tab from the start never queues, so it never opens the leader's stream first.
      if (new URLSearchParams(location.search).get('mode') === 'naive') {
        update({ role: 'naive' });
        status('open', 'naive: this tab opens its own stream');
        openFeed();
      } else {
        status('open', 'queued for the leader lock');
        queue();
      }
      queueTimer = setInterval(() => void refreshQueue(), 1000);
      void refreshQueue();
    },
    send(envelope) {
      // Publishing is one request; only listening needs the long-lived connection. The event
      // comes back on the feed, so a success's answer is not read.
      serverApi
        .publishUnread('message', envelope)
        .catch((error: unknown) =>
          events.emit({ type: 'error', at: now(), error: errorInfo(error), data: envelope.body }),
        );
      events.emit({
        type: 'sent',
        at: now(),
        envelope,
        size: byteSize(envelope.body),
        to: 'the feed (POST)',
      });
      return { ok: true };
    },
    stepDown() {
      if (state.role !== 'leader') return;
      closeFeed();
      release?.();
      release = null;
      update({ role: 'queued' });
      status('open', 'stepped down: queued again at the back');
      queue();
    },
    setMode(mode) {
      if (!channel || (mode === 'naive') === (state.role === 'naive')) return;
      closeFeed();
      if (mode === 'naive') {
        stop?.abort();
        release?.();
        release = null;
        update({ role: 'naive' });
        status('open', 'naive: this tab opens its own stream');
        openFeed();
      } else {
        update({ role: 'queued' });
        status('open', 'queued for the leader lock');
        queue();
      }
    },
    close() {
      if (!channel) return;
      clearInterval(queueTimer);
      stop?.abort();
      closeFeed();
      release?.();
      releaseTab?.();
      channel.close();
      channel = null;
      events.emit({ type: 'status', at: now(), status: 'closed', manual: true });
    },
  };
}
