// The data channel a pairing is using now: a new one (opened here or by the partner) replaces the
// old, and envelopes, binary and bursts go out on it only while it is open.
import { errorInfo } from '../../lib/error-info';
import { sendFailed } from '../../lib/transport-events';
import type { SendResult, TransportEvent } from '../../lib/transport-types';
import type { Envelope, PeerRef } from '../../shared/envelope';
import { createBurst } from './channel';
import { attachChannel, sendEnvelope } from './attach';

type Hooks = {
  emit: (event: TransportEvent) => void;
  changed: () => void;
  error: (summary: string) => void;
  partner: () => PeerRef | null;
};

type Current = { ch: RTCDataChannel; openedHere: boolean };

export function createChannelSlot(hooks: Hooks) {
  const { emit, changed } = hooks;
  const burst = createBurst({ changed, error: hooks.error });
  let current: Current | null = null;
  let binaryReceived = 0;
  const partnerName = () => hooks.partner()?.name ?? '?';

  function adopt(ch: RTCDataChannel, openedHere: boolean) {
    const previous = current?.ch;
    current = { ch, openedHere };
    burst.watch(ch);
    attachChannel(ch, {
      emit,
      changed,
      partner: partnerName,
      isCurrent: () => current?.ch === ch,
      onBinary: () => binaryReceived++,
    });
    // The old channel's close reaches the other tab too, after the new one's open (RFC 8831 §6.7).
    if (previous && previous !== ch) previous.close();
    changed();
  }

  const open = () => (current?.ch.readyState === 'open' ? current.ch : null);
  const noChannel = () => {
    const peer = hooks.partner();
    return new Error(
      peer
        ? `the data channel to ${peer.name} is not open yet`
        : 'no partner yet: open this page in a second tab',
    );
  };

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
    adopt,
    attempt,
    /** The pairing ended: no channel is current (a late close of the old one stays quiet). */
    clear() {
      current = null;
    },
    parts: () => ({ current, burst: burst.state(), binaryReceived }),
    send(envelope: Envelope): SendResult {
      const ch = open();
      if (!ch) return sendFailed(emit, noChannel(), envelope.body);
      return sendEnvelope(ch, envelope, emit, partnerName());
    },
    sendBinary: (buffer: ArrayBuffer) => attempt(open, (ch) => ch.send(buffer)),
    burst: () => attempt(open, (ch) => void burst.run(ch)),
    dispose: () => burst.dispose(),
  };
}
