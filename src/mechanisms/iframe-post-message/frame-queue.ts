// A frame listens only once its document has run its script: a message posted before that goes to
// the document being replaced (or to the initial about:blank, whose origin is the parent's) and is
// lost without an error. So, as with popups (lib/ready-queue.ts), messages for a frame that has
// not said hello wait here, and are posted, in order, when it does.
// https://html.spec.whatwg.org/multipage/web-messaging.html#posting-messages
import { ReadyQueue } from '../../lib/ready-queue';
import type { Envelope } from '../../shared/envelope';
import type { FrameKey } from './frame-set';

export type FrameQueues = {
  /** Queues a message for a frame that is not ready; 'refused' when its queue is full. */
  hold(key: FrameKey, message: Envelope): 'queued' | 'refused';
  /** The frame said hello: hands back what waited for it, oldest first. */
  release(key: FrameKey): Envelope[];
  /** How many wait for this frame. */
  waiting(key: FrameKey): number;
};

export function createFrameQueues(limit = 20): FrameQueues {
  const queues = new Map<FrameKey, ReadyQueue<Envelope>>();
  const queueOf = (key: FrameKey) => {
    let queue = queues.get(key);
    if (!queue) queues.set(key, (queue = new ReadyQueue<Envelope>(limit)));
    return queue;
  };
  return {
    hold(key, message) {
      // Readiness is the page's to decide (the document in the frame can change at any time):
      // the queue here only keeps order and a bound, so it is never left "ready".
      const result = queueOf(key).offer(message, () => undefined);
      return result === 'refused' ? 'refused' : 'queued';
    },
    release: (key) => queueOf(key).drain(),
    waiting: (key) => queueOf(key).size,
  };
}
