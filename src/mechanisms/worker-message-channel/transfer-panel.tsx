import { useId, useState } from 'react';
import { Notice } from '../../components/notice';
import { TransferControls, type TransferMode } from '../../components/transfer/transfer-controls';
import { TransferResults, type TransferColumn } from '../../components/transfer/transfer-results';
import { useT, type T } from '../../i18n/use-t';
import { formatBytes } from '../../lib/describe-value';
import type { BufferRow, useWorkerLab } from './use-worker-lab';

const SIZES = [100 * 1024, 1024 * 1024, 16 * 1024 * 1024];

const columns = (t: T): TransferColumn<BufferRow>[] => [
  { key: 'size', header: t('wmc.size'), cell: (row) => formatBytes(row.bytes) },
  {
    key: 'mode',
    header: t('wmc.col.mode'),
    cell: (row) => t(row.mode === 'copy' ? 'wmc.mode.copy' : 'wmc.mode.transfer'),
  },
  { key: 'call', header: t('wmc.col.call'), cell: (row) => `${row.callMs.toFixed(2)} ms` },
  {
    key: 'got',
    header: t('wmc.col.got'),
    cell: (row) => (row.got === null ? '…' : formatBytes(row.got)),
    data: (row) => ({ 'data-got': row.got ?? '' }),
  },
  {
    key: 'left',
    header: t('wmc.col.left'),
    cell: (row) => (row.left === 0 ? t('wmc.detached') : formatBytes(row.left)),
    data: (row) => ({ 'data-left': row.left }),
  },
];

/** Copy vs transfer: the cost of each, and what is left of the buffer in this page afterwards. */
export function TransferPanel({ lab }: { lab: ReturnType<typeof useWorkerLab> }) {
  const t = useT();
  const id = useId();
  const [bytes, setBytes] = useState(SIZES[2] as number);
  const [error, setError] = useState<string | null>(null);
  const send = (mode: TransferMode) => {
    const result = lab.sendBuffer(bytes, mode);
    setError(result.ok ? null : `${result.error.name}: ${result.error.message}`);
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('wmc.transferTitle')}</h2>
      <p className="hint">{t('wmc.transferHint')}</p>
      <TransferControls
        sizes={SIZES}
        bytes={bytes}
        onBytes={setBytes}
        onSend={send}
        labels={{ size: t('wmc.size'), copy: t('wmc.copy'), transfer: t('wmc.transfer') }}
      />
      {error ? <Notice tone="error">{error}</Notice> : null}
      <TransferResults
        label={t('wmc.results')}
        empty={t('wmc.resultsNone')}
        columns={columns(t)}
        rows={lab.rows}
        rowKey={(row) => row.id}
      />
    </section>
  );
}
