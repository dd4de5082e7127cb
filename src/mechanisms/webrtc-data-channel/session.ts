// One tab's side: find a partner over the signalling path, negotiate a peer connection with it,
// and carry envelopes (text) and ArrayBuffers (binary) on the current data channel.
import { now } from '../../lib/clock';
import { createEmitter } from '../../lib/emitter';
import { errorInfo } from '../../lib/error-info';
import { openFailed, sendFailed } from '../../lib/transport-events';
import type { SendResult, TransportEvent } from '../../lib/transport-types';
import type { Envelope, PeerRef } from '../../shared/envelope';
import { channelInit, createBurst, type ChannelOptions } from './channel';
import { createPeerLink, type Outgoing, type PeerLink } from './negotiation';
import { attachChannel, sendEnvelope } from './attach';
import { nextStep } from './pairing';
import { decodeSignal, isPolite, type Signal, type SignalBody } from './protocol';
import { snapshot, type PageNote, type RtcState, type SignalNote, type Via } from './state';

export function createSession(self: PeerRef, via: Via, post: (signal: Signal) => void) {
  const events = createEmitter<TransportEvent>();
  const changes = createEmitter<void>();
  const notes = createEmitter<PageNote>();
  const signals = createEmitter<SignalNote>();
  const changed = () => changes.emit();
  const burst = createBurst({
    changed,
    error: (summary) => notes.emit({ direction: 'error', summary }),
  });
  let peer: PeerRef | null = null;
  let link: PeerLink | null = null;
  let current: { ch: RTCDataChannel; openedHere: boolean } | null = null;
  // "Both offer at once": each side holds the partner's descriptions and candidates until its own
  // new offer is out, so the two offers really cross (left to chance, one tab often answers the
  // other's offer before making its own, and nothing collides). At most 2 s, then all is let in.
  const held: Signal[] = [];
  let holding: ReturnType<typeof setTimeout> | null = null;
  const release = () => {
    if (holding) clearTimeout(holding);
    holding = null;
    for (const s of held.splice(0)) link?.handle(s);
  };
  const holdUntilOffered = () => {
    if (!holding) holding = setTimeout(release, 2000);
  };
  let perfect = true;
  let signallingOpen = false;
  let binaryReceived = 0;
  const status = (value: 'connecting' | 'open' | 'closed', reason: string) =>
    events.emit({ type: 'status', at: now(), status: value, manual: false, reason });

  function signal(body: SignalBody | Outgoing, to: string | null = peer?.id ?? null) {
    const message = { rtc: 1, from: self, to, ...body } as Signal;
    signals.emit({ dir: 'out', signal: message });
    post(message);
  }

  function adopt(ch: RTCDataChannel, openedHere: boolean) {
    const previous = current?.ch;
    current = { ch, openedHere };
    burst.watch(ch);
    attachChannel(ch, {
      emit: events.emit,
      changed,
      partner: () => peer?.name ?? '?',
      isCurrent: () => current?.ch === ch,
      onBinary: () => binaryReceived++,
    });
    // The old channel's close reaches the other tab too, after the new one's open (RFC 8831 §6.7).
    if (previous && previous !== ch) previous.close();
    changed();
  }

  function pair(other: PeerRef, offer: boolean) {
    held.length = 0; // signals held for the old connection mean nothing to the new one
    link?.close();
    peer = other;
    const polite = isPolite(self, other);
    link = createPeerLink({
      polite,
      perfect: () => perfect,
      send: (body) => {
        signal(body);
        if (holding && body.type === 'description' && body.description.type === 'offer') release();
      },
      changed,
      note: (direction, summary) => notes.emit({ direction, summary }),
      channel: (ch) => adopt(ch, false),
      clock: now,
    });
    status(
      'connecting',
      `paired with ${other.name}: this tab is ${polite ? 'polite' : 'impolite'}`,
    );
    // The first channel adds the SCTP association to the SDP: negotiationneeded fires, an offer goes.
    if (offer) adopt(link.pc.createDataChannel('chat'), true);
  }

  function unpair(why: string) {
    held.length = 0;
    link?.close();
    link = null;
    peer = null;
    current = null;
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
    signals.emit({ dir: 'in', signal: s });
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
      holdUntilOffered();
      return link?.restartIce();
    }
    if (s.type === 'description' || s.type === 'candidate') {
      if (holding) held.push(s);
      else link?.handle(s);
    }
  }

  const open = () => (current?.ch.readyState === 'open' ? current.ch : null);
  const noChannel = () =>
    new Error(
      peer
        ? `the data channel to ${peer.name} is not open yet`
        : 'no partner yet: open this page in a second tab',
    );

  /** Runs `act` on what `get` returns, or says why it could not (no partner, closed, too big). */
  function attempt<T>(get: () => T | null, act: (target: T) => void): SendResult {
    const target = get();
    if (!target) return { ok: false, error: errorInfo(noChannel()) };
    try {
      act(target);
    } catch (error) {
      return { ok: false, error: errorInfo(error) };
    }
    changed();
    return { ok: true };
  }

  return {
    subscribe: events.subscribe,
    onChange: changes.subscribe,
    onNote: notes.subscribe,
    onSignal: signals.subscribe,
    state: (): RtcState =>
      snapshot({
        via,
        signallingOpen,
        peer,
        self,
        perfect,
        link,
        current,
        burst: burst.state(),
        binaryReceived,
      }),
    peer: () => peer,
    signallingReady() {
      signallingOpen = true;
      status('connecting', `signalling open (${via}): waiting for another tab`);
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
    send(envelope: Envelope): SendResult {
      const ch = open();
      if (!ch) return sendFailed(events.emit, noChannel(), envelope.body);
      return sendEnvelope(ch, envelope, events.emit, peer?.name ?? '?');
    },
    sendBinary: (buffer: ArrayBuffer) => attempt(open, (ch) => ch.send(buffer)),
    burst: () => attempt(open, (ch) => void burst.run(ch)),
    openChannel: (options: ChannelOptions) =>
      attempt(
        () => link,
        (l) => adopt(l.pc.createDataChannel('chat', channelInit(options)), true),
      ),
    setPerfect(on: boolean) {
      perfect = on;
      changed();
    },
    /** Tells the partner to restart ICE, and restarts here: two offers cross on the wire. */
    offerBothAtOnce: () =>
      attempt(
        () => link,
        (l) => {
          holdUntilOffered();
          signal({ type: 'glare' });
          l.restartIce();
        },
      ),
    close() {
      if (peer) signal({ type: 'bye' });
      burst.dispose();
      link?.close();
      link = null;
      peer = null;
      status('closed', 'closed');
    },
  };
}
