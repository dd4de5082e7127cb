// What the ServiceWorker page asks of its transport beyond the common contract: the registration's
// lifecycle, the worker's replies, and commands (claim, skip waiting, who is there).
import type { Envelope } from '../../shared/envelope';
import type { RelayMode, RelayReply, RelayRequest } from '../../shared/relay';
import type { SendResult, Transport, TransportOptions } from '../../lib/transport-types';
import type { Lifecycle } from './lifecycle';

export interface ServiceWorkerTransport extends Transport {
  lifecycle(): Lifecycle;
  onChange(listener: () => void): () => void;
  onReply(listener: (reply: RelayReply) => void): () => void;
  /** Each worker's new state (installed, activated, …), with its version. */
  onStateChange(listener: (change: WorkerStateChange) => void): () => void;
  register(version: number): Promise<void>;
  command(request: Extract<RelayRequest, { type: 'who' | 'claim' | 'skip-waiting' }>): void;
  /** Sends with a route of its own (presence), whatever the page's relay setting. */
  sendVia(envelope: Envelope, route: { mode: RelayMode; target?: string }): SendResult;
  unregister(): Promise<void>;
}

export type WorkerStateChange = { version: string | null; state: ServiceWorkerState };

export type ServiceWorkerOptions = TransportOptions & {
  relay: () => { mode: RelayMode; target?: string };
};
