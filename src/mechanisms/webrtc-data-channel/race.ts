// The Race counterpart: a second RTCPeerConnection in this tab, connected to the first over
// loopback (the descriptions are handed across directly, no signalling path), which answers each
// race envelope with its payload. So a figure is tab → network service → same tab, over SCTP.
import { now } from '../../lib/clock';
import { byteSize } from '../../lib/describe-value';
import { createEmitter } from '../../lib/emitter';
import type { Rig } from '../../lib/race-types';
import { receivedEvent, sendFailed } from '../../lib/transport-events';
import type { Transport, TransportEvent } from '../../lib/transport-types';
import { parseEnvelope, type Envelope, type PeerRef } from '../../shared/envelope';
import { meta } from './meta';
import { RTC_CONFIG } from './negotiation';

const ECHO: PeerRef = { id: 'rtc-echo', name: 'RTC echo', color: '#6b7280', kind: 'tab' };

async function connectPair(signal: AbortSignal) {
  const a = new RTCPeerConnection(RTC_CONFIG);
  const b = new RTCPeerConnection(RTC_CONFIG);
  a.addEventListener('icecandidate', (e) => void b.addIceCandidate(e.candidate ?? undefined));
  b.addEventListener('icecandidate', (e) => void a.addIceCandidate(e.candidate ?? undefined));
  const channel = a.createDataChannel('race');
  const echo = new Promise<RTCDataChannel>((resolve) =>
    b.addEventListener('datachannel', (e) => resolve(e.channel), { once: true }),
  );
  await a.setLocalDescription();
  await b.setRemoteDescription(a.localDescription as RTCSessionDescriptionInit);
  await b.setLocalDescription();
  await a.setRemoteDescription(b.localDescription as RTCSessionDescriptionInit);
  await new Promise<void>((resolve, reject) => {
    if (channel.readyState === 'open') return resolve();
    channel.addEventListener('open', () => resolve(), { once: true });
    const timer = setTimeout(
      () => reject(new Error('the loopback data channel did not open in 10 s')),
      10_000,
    );
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(new Error('cancelled'))));
  });
  const far = await echo;
  let seq = 0;
  far.addEventListener('message', (event: MessageEvent<string>) => {
    const parsed = parseEnvelope(JSON.parse(event.data), true);
    if (!parsed.ok || parsed.envelope.kind !== 'race') return;
    const reply: Envelope = {
      v: 1,
      id: `rtc-echo-${++seq}`,
      mechanism: meta.id,
      sender: ECHO,
      recipient: parsed.envelope.sender.id,
      kind: 'race-echo',
      body: { ref: parsed.envelope.id, payload: parsed.envelope.body },
      sentAt: now(),
      seq,
    };
    far.send(JSON.stringify(reply));
  });
  return { a, b, channel };
}

export function createRig(): Rig {
  return {
    id: meta.id,
    counterpart: 'a second RTCPeerConnection in this tab, over loopback',
    unavailable: () => (meta.canBeUsed() ? null : 'this browser has no RTCPeerConnection'),
    // Chromium's max-message-size is 256 KiB: the 100 KiB size fits as one message.
    async setup(_self, signal) {
      const { a, b, channel } = await connectPair(signal);
      const events = createEmitter<TransportEvent>();
      channel.addEventListener('message', (event: MessageEvent<string>) =>
        events.emit(receivedEvent(JSON.parse(event.data), now(), {}, null, true)),
      );
      const transport: Transport = {
        label: 'loopback data channel',
        connect: () => undefined,
        subscribe: events.subscribe,
        send(envelope) {
          try {
            channel.send(JSON.stringify(envelope));
          } catch (error) {
            return sendFailed(events.emit, error, envelope.body);
          }
          events.emit({
            type: 'sent',
            at: now(),
            envelope,
            size: byteSize(envelope.body),
            to: 'RTC echo',
          });
          return { ok: true };
        },
        close() {
          a.close();
          b.close();
        },
      };
      return { transport, dispose: () => transport.close() };
    },
  };
}
