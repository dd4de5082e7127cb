import { useId, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { formatBytes } from '../../lib/describe-value';
import { createEnvelopeFactory } from '../../lib/envelope-factory';
import type { PeerRef } from '../../shared/envelope';
import { FramePicker } from './frame-picker';
import { meta } from './meta';
import { recipientOf, type FrameKey } from './frame-set';
import type { FrameHost } from './use-frame-host';

const envelope = createEnvelopeFactory(meta.id);
const SIZES = [1024, 100 * 1024, 10 * 1024 * 1024];
type Row = {
  n: number;
  bytes: number;
  mode: 'copy' | 'transfer';
  callMs: number;
  arrivedMs: number | null;
  after: number;
};

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

  function send(mode: Row['mode']) {
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
      <div className="inline-form">
        <label htmlFor={`${id}-size`}>{t('ifr.size')}</label>
        <select id={`${id}-size`} value={bytes} onChange={(e) => setBytes(Number(e.target.value))}>
          {SIZES.map((size) => (
            <option key={size} value={size}>
              {formatBytes(size)}
            </option>
          ))}
        </select>
        <FramePicker id={`${id}-to`} host={host} value={to} onChange={setTo} />
      </div>
      <div className="button-row">
        <button type="button" className="button" onClick={() => send('copy')}>
          {t('ifr.sendCopy')}
        </button>
        <button type="button" className="button" onClick={() => send('transfer')}>
          {t('ifr.sendTransfer')}
        </button>
      </div>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t('ifr.transferResults')}>
        <table className="data-table">
          <caption className="visually-hidden">{t('ifr.transferResults')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ifr.size')}</th>
              <th scope="col">{t('ifr.col.mode')}</th>
              <th scope="col">{t('ifr.col.call')}</th>
              <th scope="col">{t('ifr.col.arrived')}</th>
              <th scope="col">{t('ifr.col.after')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.n} data-mode={row.mode}>
                <td>{formatBytes(row.bytes)}</td>
                <td>{row.mode === 'copy' ? t('ifr.mode.copy') : t('ifr.mode.transfer')}</td>
                <td>{row.callMs.toFixed(2)} ms</td>
                <td>{row.arrivedMs === null ? '…' : `${row.arrivedMs.toFixed(1)} ms`}</td>
                <td data-after={row.after}>
                  {row.after === 0 ? t('ifr.detached') : formatBytes(row.after)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
