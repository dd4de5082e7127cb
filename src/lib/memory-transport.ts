// The in-memory twin of every transport (ARCHITECTURE §4), for page and hook tests: the same
// contract (connect, send, subscribe, close; the same event union) without a browser API. Twins on
// one hub and one address deliver to each other, a structured clone each, a task later, as
// postMessage does. Echo rules and failures are chosen by the test.
import { now } from './clock';
import { byteSize } from './describe-value';
import { createEmitter } from './emitter';
import type { ErrorInfo } from './error-info';
import { receivedEvent, sendFailed } from './transport-events';
import type { SendResult, Transport, TransportEvent, TransportOptions } from './transport-types';
import type { Envelope } from '../shared/envelope';

export type MemoryHub = { readonly members: Set<MemoryTransport> };

export const createMemoryHub = (): MemoryHub => ({ members: new Set() });

/** A hub for tests that do not pass their own: twins made without one still meet here. */
const defaultHub = createMemoryHub();

export type MemoryOptions = TransportOptions & {
  hub?: MemoryHub;
  /** 'others': the sender does not hear itself (BroadcastChannel); 'all': it does (a relay to all). */
  echo?: 'others' | 'all';
  label?: string;
};

export interface MemoryTransport extends Transport {
  readonly address: string;
  readonly open: boolean;
  /** Failures on demand: the next `count` sends fail with this error (a DataCloneError, say). */
  failNext(error: ErrorInfo, count?: number): void;
  /** What arrives from outside (another origin, a server): raw data or an envelope, as is. */
  inject(data: unknown, extra?: { origin?: string }): void;
  /** The connection drops (not asked for): status `closed`, or `error` with a reason. */
  drop(reason: string, status?: 'closed' | 'error'): void;
  /** Every envelope this twin sent, in order. */
  readonly sent: readonly Envelope[];
}

export function createMemoryTransport(options: MemoryOptions): MemoryTransport {
  const events = createEmitter<TransportEvent>();
  const hub = options.hub ?? defaultHub;
  const label = options.label ?? `memory "${options.address}"`;
  const failures: ErrorInfo[] = [];
  const sent: Envelope[] = [];
  let open = false;
  const status = (
    value: 'connecting' | 'open' | 'closed' | 'error',
    manual: boolean,
    reason?: string,
  ) => events.emit({ type: 'status', at: now(), status: value, manual, reason });

  const twin: MemoryTransport = {
    label,
    address: options.address,
    get open() {
      return open;
    },
    sent,
    connect() {
      if (open) return;
      status('connecting', false);
      open = true;
      hub.members.add(twin);
      status('open', false);
    },
    send(envelope, _transfer?: Transferable[]): SendResult {
      const failure = failures.shift();
      if (failure) return sendFailed(events.emit, failure, envelope.body);
      if (!open)
        return sendFailed(
          events.emit,
          { name: 'InvalidStateError', message: 'the twin is not connected' },
          envelope.body,
        );
      let copy: Envelope;
      try {
        copy = structuredClone(envelope);
      } catch (error) {
        return sendFailed(events.emit, error, envelope.body);
      }
      sent.push(envelope);
      events.emit({ type: 'sent', at: now(), envelope, size: byteSize(envelope.body), to: label });
      for (const member of hub.members) {
        if (member.address !== options.address) continue;
        if (member === twin && options.echo !== 'all') continue;
        setTimeout(() => member.inject(copy), 0);
      }
      return { ok: true };
    },
    subscribe: events.subscribe,
    close() {
      if (!open) return;
      open = false;
      hub.members.delete(twin);
      status('closed', true);
    },
    failNext(error, count = 1) {
      for (let i = 0; i < count; i++) failures.push(error);
    },
    inject(data, extra = {}) {
      if (open) events.emit(receivedEvent(data, now(), extra));
    },
    drop(reason, value = 'closed') {
      if (!open) return;
      open = false;
      hub.members.delete(twin);
      status(value, false, reason);
    },
  };
  return twin;
}
