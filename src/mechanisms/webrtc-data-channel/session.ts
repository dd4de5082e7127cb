// One tab's side: find a partner over the signalling path, negotiate a peer connection with it,
// and carry envelopes (text) and ArrayBuffers (binary) on the current data channel.
import { now } from '../../lib/clock';
import { createEmitter, createHeldEmitter } from '../../lib/emitter';
import { openFailed } from '../../lib/transport-events';
import type { TransportEvent } from '../../lib/transport-types';
import type { PeerRef } from '../../shared/envelope';
import { channelInit, type ChannelOptions } from './channel';
import { createChannelSlot } from './channel-slot';
import { createSignalHold } from './glare-hold';
import { createPeerLink, type Outgoing, type PeerLink } from './negotiation';
import { nextStep } from './pairing';
import { decodeSignal, isPolite, type Signal, type SignalBody } from './protocol';
import { snapshot, type PageEvent, type PageNote, type RtcState, type Via } from './state';

/** Signals and notes held for the page before it listens (createHeldEmitter). */
export const SIGNALS_HELD = 64;

/** The log's line when the page came too late for some of the handshake. */
export const heldDropped = (count: number) =>
  `early handshake lines not shown: ${count} (the page holds ${SIGNALS_HELD})`;

export function createSession(self: PeerRef, via: Via, post: (signal: Signal) => void) {
  const events = createEmitter<TransportEvent>();
  const changes = createEmitter<void>();
  // Held until the page listens: it subscribes a commit after the transport connects, and a partner
  // already there can say hello and offer in between (the log then lacked "← offer"). Signals and
  // notes share one queue, so they reach the log in the order they happened, each with its time.
  const page = createHeldEmitter<PageEvent>(SIGNALS_HELD, (count) =>
    page.emit({ at: now(), kind: 'note', direction: 'status', summary: heldDropped(count) }),
  );
  const notes = {
    emit: (note: PageNote) => page.emit({ at: now(), kind: 'note', ...note }),
  };
  const signals = {
    emit: (dir: 'out' | 'in', signal: Signal) =>
      page.emit({ at: now(), kind: 'signal', dir, signal }),
  };
  const changed = () => changes.emit();
  let peer: PeerRef | null = null;
  let link: PeerLink | null = null;
  const slot = createChannelSlot({
    emit: events.emit,
    changed,
    error: (summary) => notes.emit({ direction: 'error', summary }),
    partner: () => peer,
  });
  const hold = createSignalHold((s) => link?.handle(s));
  let perfect = true;
  let signallingOpen = false;
  const status = (value: 'connecting' | 'open' | 'closed', reason: string) =>
    events.emit({ type: 'status', at: now(), status: value, manual: false, reason });

  function signal(body: SignalBody | Outgoing, to: string | null = peer?.id ?? null) {
    const message = { rtc: 1, from: self, to, ...body } as Signal;
    signals.emit('out', message);
    post(message);
  }

  function pair(other: PeerRef, offer: boolean) {
    hold.drop();
    link?.close();
    peer = other;
    const polite = isPolite(self, other);
    link = createPeerLink({
      polite,
      perfect: () => perfect,
      send: (body) => {
        signal(body);
        if (hold.holding() && body.type === 'description' && body.description.type === 'offer')
          hold.release();
      },
      changed,
      note: (direction, summary) => notes.emit({ direction, summary }),
      channel: (ch) => slot.adopt(ch, false),
      clock: now,
    });
    status(
      'connecting',
      `paired with ${other.name}: this tab is ${polite ? 'polite' : 'impolite'}`,
    );
    // The first channel adds the SCTP association to the SDP: negotiationneeded fires, an offer goes.
    if (offer) slot.adopt(link.pc.createDataChannel('chat'), true);
  }

  function unpair(why: string) {
    hold.drop();
    link?.close();
    link = null;
    peer = null;
    slot.clear();
    status('connecting', why);
  }

  function onSignal(data: unknown) {
    const decoded = decodeSignal(data);
    if (!decoded.ok)
      return events.emit({
        type: 'rejected',
        at: now(),
        reason: 'invalid-shape',
        explanation: `not a signal: ${decoded.reason}`,
        data,
      });
    const s = decoded.signal;
    const step = nextStep(self, peer, s);
    if (step.do === 'skip') return;
    signals.emit('in', s);
    if (step.do === 'reject')
      return events.emit({
        type: 'rejected',
        at: now(),
        reason: 'not-for-me',
        explanation: step.explanation,
        data,
      });
    if (step.do === 'pair') {
      if (step.reply) signal({ type: 'hello', reply: true }, step.with.id);
      return pair(step.with, step.offer);
    }
    if (step.do === 'unpair') {
      unpair(step.why);
      return signal({ type: 'hello', reply: false }, null);
    }
    if (step.do === 'restart-ice') {
      hold.hold();
      return link?.restartIce();
    }
    if (s.type === 'description' || s.type === 'candidate') hold.pass(s);
  }

  return {
    subscribe: events.subscribe,
    onChange: changes.subscribe,
    /** The handshake's signals and the session's notes, for the log (held until the first listener). */
    onPageEvent: page.subscribe,
    state: (): RtcState =>
      snapshot({
        via,
        signallingOpen,
        peer,
        self,
        perfect,
        link,
        ...slot.parts(),
      }),
    peer: () => peer,
    signallingReady() {
      signallingOpen = true;
      // In words, not the switch's id ("this-browser"): status.ts reads it back in Chinese.
      const where = via === 'server' ? 'server' : 'this browser';
      status('connecting', `signalling open (${where}): waiting for another tab`);
      signal({ type: 'hello', reply: false }, null);
    },
    signallingLost(reason: string) {
      signallingOpen = false;
      notes.emit({ direction: 'error', summary: `signalling lost: ${reason}` });
      changed();
    },
    receive: onSignal,
    /** The signalling path could not be opened (the constructor threw). */
    failed: (error: unknown) => events.emit(openFailed(error)),
    send: slot.send,
    sendBinary: slot.sendBinary,
    burst: slot.burst,
    openChannel: (options: ChannelOptions) =>
      slot.attempt(
        () => link,
        (l) => slot.adopt(l.pc.createDataChannel('chat', channelInit(options)), true),
      ),
    setPerfect(on: boolean) {
      perfect = on;
      changed();
    },
    /** Tells the partner to restart ICE, and restarts here: two offers cross on the wire. */
    offerBothAtOnce: () =>
      slot.attempt(
        () => link,
        (l) => {
          hold.hold();
          signal({ type: 'glare' });
          l.restartIce();
        },
      ),
    close() {
      if (peer) signal({ type: 'bye' });
      slot.dispose();
      link?.close();
      link = null;
      peer = null;
      status('closed', 'closed');
    },
  };
}
