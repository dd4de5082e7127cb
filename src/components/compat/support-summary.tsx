import './compat.css';
import './compat-i18n';
import { useId, type ReactNode } from 'react';
import { useT } from '../../i18n/use-t';
import { COMPAT_BROWSERS, type CompatEntry } from '../../lib/compat-types';
import { combineSupport } from '../../lib/compat-summary';
import { LoadFailed } from '../load-failed';
import { SupportHead, SupportMark } from './support-cell';
import { useCompatData } from './use-compat-data';

export type SummaryRow = {
  id: string;
  name: ReactNode;
  keys: readonly string[];
  /** `meta.canBeUsed()` in this browser. */
  usable: boolean;
};

/** The comparison page's compact table: one row per mechanism, all of its features combined. */
export function SupportSummary({ rows }: { rows: readonly SummaryRow[] }) {
  const t = useT();
  const id = useId();
  const state = useCompatData();
  return (
    <section className="compat-summary" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('compat.title')}</h2>
      {state.status === 'failed' ? (
        <LoadFailed what={t('compat.failed')} error={state.error} onRetry={state.retry} />
      ) : state.status === 'loading' ? (
        <p role="status">{t('compat.loading')}</p>
      ) : (
        // Named by its caption, not the section's title: one name for two regions is ambiguous
        // in a screen reader's landmark list (axe landmark-unique).
        <div className="table-wrap" role="region" tabIndex={0} aria-labelledby={`${id}-caption`}>
          <table className="data-table compat-table compat-table--compact">
            <caption id={`${id}-caption`}>
              {t('compat.summaryCaption', { version: state.data.version })}
            </caption>
            <SupportHead t={t} first={t('compat.mechanism')} />
            <tbody>
              {rows.map((row) => {
                const entries = row.keys.flatMap(
                  (k) => state.data.entries[k] ?? [],
                ) as CompatEntry[];
                return (
                  <tr key={row.id} data-mechanism={row.id}>
                    <th scope="row">{row.name}</th>
                    {COMPAT_BROWSERS.map((b) => {
                      const support = combineSupport(entries, b);
                      return (
                        <td key={b} data-browser={b} data-state={support.state}>
                          <SupportMark t={t} support={support} />
                        </td>
                      );
                    })}
                    <td data-browser="here" data-state={row.usable ? 'yes' : 'no'}>
                      <span
                        className={`compat-mark compat-mark__whole compat-mark--${row.usable ? 'yes' : 'no'}`}
                      >
                        <span aria-hidden="true">{row.usable ? '✓' : '✕'}</span>{' '}
                        {t(row.usable ? 'compat.usable' : 'compat.unusable')}
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
