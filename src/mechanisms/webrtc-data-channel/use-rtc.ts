import { useCallback, useEffect, useRef } from 'react';
import { logFromPage } from '../../hooks/page-log';
import { useTransportFactory } from '../../hooks/use-transport-factory';
import { useSnapshot } from '../../hooks/use-snapshot';
import { useTransport } from '../../hooks/use-transports';
import { createEnvelopeFactory } from '../../lib/envelope-factory';
import type { SendResult } from '../../lib/transport-types';
import type { PeerRef } from '../../shared/envelope';
import { binaryPayload } from './channel';
import { meta } from './meta';
import { describeSignal } from './protocol';
import { EMPTY_STATE, type Via } from './state';
import { createRtcTransport, WS_PREFIX, WS_ROOM, type RtcTransport } from './transport';

export const BINARY_BYTES = 4096;
const notReady: SendResult = {
  ok: false,
  error: { name: 'InvalidStateError', message: 'not ready yet' },
};

/** This tab's side of the pair: signalling (written to the log), the connection and the channel. */
export function useRtc(self: PeerRef, via: Via, perfect: boolean) {
  const envelope = useRef(createEnvelopeFactory(meta.id));
  const transport = useTransport({
    mechanism: meta.id,
    self,
    address: via === 'server' ? `${WS_PREFIX}${WS_ROOM}` : meta.defaultAddress,
    create: useTransportFactory(createRtcTransport),
  });
  // A twin handed in by a test carries messages, but has no peer connection to show.
  const rtc = transport && 'openChannel' in transport ? (transport as RtcTransport) : undefined;
  const state = useSnapshot(rtc, (t) => t.state(), EMPTY_STATE);
  useEffect(() => rtc?.setPerfect(perfect), [rtc, perfect]);

  // Offer, answer and candidates are not messages, but the log shows each: they are the handshake.
  useEffect(() => {
    if (!rtc) return;
    // Each stamped when it happened: some were held until this subscription (session.ts).
    return rtc.onPageEvent((event) => {
      if (event.kind === 'note') {
        const { kind: _kind, ...note } = event;
        return logFromPage(meta.id, self, { ...note, to: rtc.label });
      }
      const { at, dir, signal } = event;
      const { rtc: _version, from, ...rest } = signal;
      logFromPage(meta.id, self, {
        at,
        direction: 'status',
        to: rtc.label,
        summary: `signalling ${dir === 'out' ? '→' : '←'} ${describeSignal(signal)}`,
        detail: { signalling: dir === 'out' ? 'sent' : 'received', from: from.name, ...rest },
      });
    });
  }, [rtc, self]);

  const send = useCallback(
    (body: unknown): SendResult => {
      const peer = rtc?.peer();
      return transport ? transport.send(envelope.current(self, 'chat', body, peer?.id)) : notReady;
    },
    [transport, rtc, self],
  );

  const sendBinary = useCallback((): SendResult => {
    if (!rtc) return notReady;
    const result = rtc.sendBinary(binaryPayload(BINARY_BYTES));
    if (result.ok)
      logFromPage(meta.id, self, {
        direction: 'sent',
        to: `data channel → ${rtc.peer()?.name ?? '?'}`,
        summary: `ArrayBuffer (${BINARY_BYTES} bytes, binary)`,
        detail: { binary: true, bytes: BINARY_BYTES },
      });
    return result;
  }, [rtc, self]);

  return { transport, rtc, state, send, sendBinary };
}
