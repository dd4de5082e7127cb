// What the page says to its workers besides envelopes: control messages that hand over ports.
// Envelopes (chat, buffer, race) are answered with envelopes, so the log shows both directions.
// Plain data only: each side gets a structured clone.

/** Page → worker. A port, when there is one, travels in the transfer list (event.ports[0]). */
export type WorkerControl =
  | { control: 'hello'; name: string }
  /** Keep this port: the other end is another worker (a pipe that bypasses the page). */
  | { control: 'link' }
  /** Post `text` on the linked port, to the other worker. */
  | { control: 'via-port'; text: string }
  /** Post `count` messages on this port straight away (the start() demo). */
  | { control: 'port-ticks'; count: number };

export const isWorkerControl = (data: unknown): data is WorkerControl =>
  typeof data === 'object' &&
  data !== null &&
  typeof (data as { control?: unknown }).control === 'string';

/** The worker's answer to a buffer: how many bytes arrived on its side. */
export type BufferReceipt = { ref: string; byteLength: number };

export const WORKER_NAMES = { a: 'Worker A', b: 'Worker B' } as const;
