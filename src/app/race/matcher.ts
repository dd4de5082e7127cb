// How the race knows a message came back: each answer names the message it answers.
import type { Transport, TransportEvent } from '../../lib/transport-types';
import type { Envelope } from '../../shared/envelope';

export const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const stop = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, ms);
    signal.addEventListener('abort', stop, { once: true });
  });

/**
 * Resolves once the page has had a chance to draw what the last step announced: the progress
 * line's render (and anything a watcher does on it) then falls before the next measurement, not
 * inside it. A throughput burst lasts about 50 ms, so a 20 ms render inside it halved the figure.
 * A hidden tab gets no animation frames: the timeout goes on without one.
 */
export const drawn = () =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      setTimeout(resolve, 0); // after the frame's own work: the task after it
    };
    const timer = setTimeout(done, 50);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(done);
  });

/** The id of the race message an inbound envelope answers, if it answers one. */
export function answers(envelope: Envelope): string[] {
  const body = envelope.body as { ref?: unknown; id?: unknown } | null;
  const ids = [envelope.id];
  if (body && typeof body === 'object') {
    if (typeof body.ref === 'string') ids.push(body.ref);
    if (typeof body.id === 'string') ids.push(body.id);
  }
  return ids;
}

/** Waits for answers to sent messages, by id. */
export function createMatcher(transport: Transport) {
  const waiting = new Map<string, (at: number) => void>();
  // The ids `answers` lists, in its order, checked in place: no array per reply.
  const settle = (id: unknown, at: number) => {
    const done = typeof id === 'string' ? waiting.get(id) : undefined;
    if (!done) return false;
    waiting.delete(id as string);
    done(at);
    return true;
  };
  const off = transport.subscribe((event: TransportEvent) => {
    if (event.type !== 'received' || !event.envelope) return;
    const { envelope, at } = event;
    if (settle(envelope.id, at)) return;
    const body = envelope.body as { ref?: unknown; id?: unknown } | null;
    if (body && typeof body === 'object' && !settle(body.ref, at)) settle(body.id, at);
  });
  return {
    wait(id: string, timeoutMs: number): Promise<number | null> {
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiting.delete(id);
          resolve(null);
        }, timeoutMs);
        waiting.set(id, (at) => {
          clearTimeout(timer);
          resolve(at);
        });
      });
    },
    close: off,
  };
}
