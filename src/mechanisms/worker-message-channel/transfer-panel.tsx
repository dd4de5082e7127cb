import { useId, useState } from 'react';
import { Notice } from '../../components/notice';
import { useT } from '../../i18n/use-t';
import { formatBytes } from '../../lib/describe-value';
import type { useWorkerLab } from './use-worker-lab';

const SIZES = [100 * 1024, 1024 * 1024, 16 * 1024 * 1024];

/** Copy vs transfer: the cost of each, and what is left of the buffer in this page afterwards. */
export function TransferPanel({ lab }: { lab: ReturnType<typeof useWorkerLab> }) {
  const t = useT();
  const id = useId();
  const [bytes, setBytes] = useState(SIZES[2] as number);
  const [error, setError] = useState<string | null>(null);
  const send = (mode: 'copy' | 'transfer') => {
    const result = lab.sendBuffer(bytes, mode);
    setError(result.ok ? null : `${result.error.name}: ${result.error.message}`);
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('wmc.transferTitle')}</h2>
      <p className="hint">{t('wmc.transferHint')}</p>
      <div className="inline-form">
        <label htmlFor={`${id}-size`}>{t('wmc.size')}</label>
        <select id={`${id}-size`} value={bytes} onChange={(e) => setBytes(Number(e.target.value))}>
          {SIZES.map((size) => (
            <option key={size} value={size}>
              {formatBytes(size)}
            </option>
          ))}
        </select>
      </div>
      <div className="button-row">
        <button type="button" className="button" onClick={() => send('copy')}>
          {t('wmc.copy')}
        </button>
        <button type="button" className="button" onClick={() => send('transfer')}>
          {t('wmc.transfer')}
        </button>
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t('wmc.results')}>
        <table className="data-table">
          <caption className="visually-hidden">{t('wmc.results')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('wmc.size')}</th>
              <th scope="col">{t('wmc.col.mode')}</th>
              <th scope="col">{t('wmc.col.call')}</th>
              <th scope="col">{t('wmc.col.got')}</th>
              <th scope="col">{t('wmc.col.left')}</th>
            </tr>
          </thead>
          <tbody>
            {lab.rows.map((row) => (
              <tr key={row.id} data-mode={row.mode}>
                <td>{formatBytes(row.bytes)}</td>
                <td>{t(row.mode === 'copy' ? 'wmc.mode.copy' : 'wmc.mode.transfer')}</td>
                <td>{row.callMs.toFixed(2)} ms</td>
                <td data-got={row.got ?? ''}>{row.got === null ? '…' : formatBytes(row.got)}</td>
                <td data-left={row.left}>
                  {row.left === 0 ? t('wmc.detached') : formatBytes(row.left)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
