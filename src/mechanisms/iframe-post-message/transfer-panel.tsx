import { useId, useState } from 'react';
import { TransferControls, type TransferMode } from '../../components/transfer/transfer-controls';
import { TransferResults, type TransferColumn } from '../../components/transfer/transfer-results';
import { useT, type T } from '../../i18n/use-t';
import { formatBytes } from '../../lib/describe-value';
import { createEnvelopeFactory } from '../../lib/envelope-factory';
import type { PeerRef } from '../../shared/envelope';
import { FramePicker } from './frame-picker';
import { recipientOf, type FrameKey } from './frame-set';
import { meta } from './meta';
import type { FrameHost } from './use-frame-host';

const envelope = createEnvelopeFactory(meta.id);
const SIZES = [1024, 100 * 1024, 10 * 1024 * 1024];
type Row = {
  n: number;
  bytes: number;
  mode: TransferMode;
  callMs: number;
  arrivedMs: number | null;
  after: number;
};

const columns = (t: T): TransferColumn<Row>[] => [
  { key: 'size', header: t('ifr.size'), cell: (row) => formatBytes(row.bytes) },
  {
    key: 'mode',
    header: t('ifr.col.mode'),
    cell: (row) => t(row.mode === 'copy' ? 'ifr.mode.copy' : 'ifr.mode.transfer'),
  },
  { key: 'call', header: t('ifr.col.call'), cell: (row) => `${row.callMs.toFixed(2)} ms` },
  {
    key: 'arrived',
    header: t('ifr.col.arrived'),
    cell: (row) => (row.arrivedMs === null ? '…' : `${row.arrivedMs.toFixed(1)} ms`),
  },
  {
    key: 'after',
    header: t('ifr.col.after'),
    cell: (row) => (row.after === 0 ? t('ifr.detached') : formatBytes(row.after)),
    data: (row) => ({ 'data-after': row.after }),
  },
];

/**
 * Structured clone copies an ArrayBuffer; listing it in `transfer` moves it instead: the sender's
 * buffer is detached (byteLength 0) and the cost no longer grows with the size.
 */
export function TransferPanel({ host, self }: { host: FrameHost; self: PeerRef }) {
  const t = useT();
  const id = useId();
  const [bytes, setBytes] = useState(SIZES[1] as number);
  const [to, setTo] = useState<FrameKey>('same');
  const [rows, setRows] = useState<readonly Row[]>([]);

  function send(mode: TransferMode) {
    const buffer = new ArrayBuffer(bytes);
    new Uint8Array(buffer).fill(7, 0, 16);
    const message = envelope(self, 'buffer', buffer, recipientOf(to));
    const started = performance.now();
    const result = host.transport?.send(message, mode === 'transfer' ? [buffer] : []);
    const callMs = performance.now() - started;
    if (!result?.ok) return;
    const n = rows.length + 1;
    setRows((list) =>
      [{ n, bytes, mode, callMs, arrivedMs: null, after: buffer.byteLength }, ...list].slice(0, 8),
    );
    host.delivery.track(message, host.frameName(to), host.targetOrigin(to), (ack) =>
      setRows((list) =>
        list.map((row) =>
          row.n === n ? { ...row, arrivedMs: ack.receivedAt - message.sentAt } : row,
        ),
      ),
    );
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('ifr.transferTitle')}</h2>
      <p className="hint">{t('ifr.transferHint')}</p>
      <TransferControls
        sizes={SIZES}
        bytes={bytes}
        onBytes={setBytes}
        onSend={send}
        labels={{ size: t('ifr.size'), copy: t('ifr.sendCopy'), transfer: t('ifr.sendTransfer') }}
      >
        <FramePicker id={`${id}-to`} host={host} value={to} onChange={setTo} />
      </TransferControls>
      <TransferResults
        label={t('ifr.transferResults')}
        empty={t('ifr.transferNone')}
        columns={columns(t)}
        rows={rows}
        rowKey={(row) => row.n}
      />
    </section>
  );
}
