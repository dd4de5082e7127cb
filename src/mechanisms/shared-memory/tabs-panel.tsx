import { useId } from 'react';
import { useT } from '../../i18n/use-t';
import type { TabReport, TabShare } from './tab-share';

/** The buffer posted over BroadcastChannel, and what each receiver said happened. */
export function TabsPanel({
  tabs,
  reports,
}: {
  tabs: TabShare | null;
  reports: readonly TabReport[];
}) {
  const t = useT();
  const id = useId();
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('sm.tabsTitle')}</h2>
      <p className="hint">{t('sm.tabsHint')}</p>
      <div className="button-row">
        <button type="button" className="button" disabled={!tabs} onClick={() => tabs?.share()}>
          {t('sm.share')}
        </button>
      </div>
      <h3>{t('sm.reports')}</h3>
      {reports.length === 0 ? (
        <p>{t('sm.noReports')}</p>
      ) : (
        <ul aria-label={t('sm.reports')}>
          {reports.map((report, index) => (
            <li key={index} data-outcome={report.outcome}>
              <strong>{report.by}</strong>: {t(`sm.outcome.${report.outcome}`)}
              {report.detail ? ` (${report.detail})` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
