import { useCallback, useRef, useState } from 'react';
import { useTransportFactory } from '../../hooks/use-transport-factory';
import { useSnapshot } from '../../hooks/use-snapshot';
import { useTransport } from '../../hooks/use-transports';
import { createEnvelopeFactory } from '../../lib/envelope-factory';
import type { PeerRef } from '../../shared/envelope';
import type { SendResult, TransportEvent } from '../../lib/transport-types';
import { meta } from './meta';
import type { BufferReceipt } from './protocol';
import { createWorkerTransport, type WorkerLabState, type WorkerTransport } from './transport';

const EMPTY: WorkerLabState = { a: 'terminated', generation: 0, linked: false, port: null };

export type BufferRow = {
  id: string;
  bytes: number;
  mode: 'copy' | 'transfer';
  /** How long the postMessage call itself blocked this page. */
  callMs: number;
  /** byteLength of this page's buffer right after the call. */
  left: number;
  /** byteLength the worker saw, once it says so. */
  got: number | null;
};

const receiptOf = (event: TransportEvent): BufferReceipt | null => {
  if (event.type !== 'received' || event.envelope?.kind !== 'buffer-received') return null;
  const body = event.envelope.body as Partial<BufferReceipt> | null;
  return typeof body?.ref === 'string' && typeof body.byteLength === 'number'
    ? { ref: body.ref, byteLength: body.byteLength }
    : null;
};

/** The page's view of its two workers: the transport, its state, and the buffers it sent. */
export function useWorkerLab(self: PeerRef) {
  const envelope = useRef(createEnvelopeFactory(meta.id));
  const [rows, setRows] = useState<readonly BufferRow[]>([]);

  const onEvent = useCallback((_address: string, event: TransportEvent) => {
    const receipt = receiptOf(event);
    if (receipt)
      setRows((list) =>
        list.map((row) => (row.id === receipt.ref ? { ...row, got: receipt.byteLength } : row)),
      );
  }, []);

  const transport = useTransport({
    mechanism: meta.id,
    self,
    address: meta.defaultAddress,
    create: useTransportFactory(createWorkerTransport),
    onEvent,
  });
  // A twin handed in by a test sends and receives, but has no workers to terminate or link.
  const workers = transport && 'portDemo' in transport ? (transport as WorkerTransport) : undefined;
  const state = useSnapshot(workers, (t) => t.state(), EMPTY);

  const send = (body: unknown, kind = 'chat', transfer: Transferable[] = []): SendResult =>
    transport
      ? transport.send(envelope.current(self, kind, body), transfer)
      : { ok: false, error: { name: 'InvalidStateError', message: 'the worker is not ready' } };

  function sendBuffer(bytes: number, mode: BufferRow['mode']): SendResult {
    const buffer = new ArrayBuffer(bytes);
    new Uint8Array(buffer).fill(7, 0, 16);
    const message = envelope.current(self, 'buffer', buffer);
    const started = performance.now();
    const result = transport?.send(message, mode === 'transfer' ? [buffer] : []);
    const callMs = performance.now() - started;
    if (!result?.ok)
      return result ?? { ok: false, error: { name: 'InvalidStateError', message: 'not ready' } };
    const row: BufferRow = {
      id: message.id,
      bytes,
      mode,
      callMs,
      left: buffer.byteLength,
      got: null,
    };
    setRows((list) => [row, ...list].slice(0, 8));
    return result;
  }

  return { transport, workers, state, send, sendBuffer, rows };
}
