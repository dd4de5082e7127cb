import type { SendResult, Transport, TransportEvent, TransportOptions } from './transport-types';
import { now } from './clock';
import { createEmitter } from './emitter';
import { openFailed } from './status-from-error';

type Factory = (options: TransportOptions) => Transport;

/**
 * A transport whose code loads on connect(), so the registry (and so the first page a visitor
 * sees) does not carry every mechanism's transport. Events from the real transport pass through;
 * a send before it has loaded is refused with a reason, never dropped silently.
 */
export function lazyTransport(load: () => Promise<Factory>, options: TransportOptions): Transport {
  const events = createEmitter<TransportEvent>();
  let real: Transport | null = null;
  let state: 'idle' | 'loading' | 'ready' | 'closed' = 'idle';

  return {
    get label() {
      return real?.label ?? options.address;
    },
    connect() {
      if (state === 'ready') return real?.connect();
      if (state !== 'idle') return;
      state = 'loading';
      events.emit({ type: 'status', at: now(), status: 'connecting', manual: false });
      load().then(
        (factory) => {
          if (state === 'closed') return;
          real = factory(options);
          real.subscribe(events.emit);
          state = 'ready';
          real.connect();
        },
        (error) => {
          if (state === 'closed') return;
          state = 'idle';
          events.emit(openFailed(error));
        },
      );
    },
    send(envelope, transfer): SendResult {
      if (real) return real.send(envelope, transfer);
      const error = { name: 'InvalidStateError', message: 'the transport is still loading' };
      events.emit({ type: 'error', at: now(), error, data: envelope.body });
      return { ok: false, error };
    },
    subscribe: events.subscribe,
    close() {
      if (state === 'closed') return;
      state = 'closed';
      real?.close();
    },
  };
}
