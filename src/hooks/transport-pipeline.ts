// The one road from a transport to the store: every event of every transport goes through here,
// so each envelope is checked for gaps and duplicates, each counts as a receipt, and each lands in
// the log (unless the page keeps it out, like presence heartbeats), and each status becomes the
// transport's latest (transport-status.ts). Appends are batched per frame by the log slice:
// nothing here renders.
import { answeredIds } from '../lib/receipts';
import { SequenceTracker } from '../lib/sequence-tracker';
import type { Transport, TransportEvent } from '../lib/transport-types';
import type { Envelope, PeerRef } from '../shared/envelope';
import { useAppStore } from '../store';
import { toLogEntry } from './log-transport-event';
import { noteStatus } from './transport-status';

export type Pipe<T extends Transport> = {
  mechanism: string;
  /** Read per event: the identity can change (a rename) while the transport lives. */
  self: () => PeerRef;
  /** Sequence numbers are tracked per sender and per key (an address, a port). */
  key: string;
  tracker?: SequenceTracker;
  /** Return false to keep an event out of the shared log. */
  shouldLog?: (event: TransportEvent) => boolean;
  /**
   * Return false for envelopes a mechanism numbers in a series of their own (presence sent to one
   * tab alone): they stay out of gap and duplicate tracking. Default: every envelope is tracked.
   */
  sequenced?: (envelope: Envelope) => boolean;
  /** Every event, after it was logged. */
  onEvent?: (event: TransportEvent, transport: T) => void;
};

/** Subscribes the pipeline to a transport; returns the unsubscribe. */
export function pipeTransport<T extends Transport>(transport: T, pipe: Pipe<T>): () => void {
  const tracker = pipe.tracker ?? new SequenceTracker();
  return transport.subscribe((event) => {
    // First, so whoever hears this event (a page's onEvent) already sees the status it brings.
    noteStatus(transport, event);
    const received = event.type === 'received' ? event : undefined;
    const envelope = received?.envelope;
    // Every envelope goes through the tracker, logged or not, so unlogged ones are no "gap". A
    // sender is its id *and* the origin it wrote from: a page on another origin that copies a
    // frame's identity (a spoof) starts its own series, not a "duplicate" of the real frame's.
    // (No string is built per message where there is no origin, the common case.)
    const verdict =
      envelope && (pipe.sequenced?.(envelope) ?? true)
        ? tracker.observeIn(
            pipe.key,
            received?.origin ? `${received.origin}|${envelope.sender.id}` : envelope.sender.id,
            envelope.seq,
            envelope.id,
          )
        : undefined;
    const store = useAppStore.getState();
    const self = pipe.self();
    // Receipts count whether or not the confirming message is logged (acks are not); the log
    // flags a missing one only where the mechanism hears back (its `receipts`).
    if (envelope) {
      const answered = answeredIds(envelope, self.id);
      if (answered.length > 0) store.noteReceipts(answered);
    }
    if (pipe.shouldLog?.(event) ?? true)
      store.appendLog(toLogEntry(pipe.mechanism, transport.label, self, event, verdict));
    pipe.onEvent?.(event, transport);
  });
}
