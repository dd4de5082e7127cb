import './count-panel.css';
import { useId, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { CountFailure } from './count-failure';
import { countTogether, type CountResult } from './lab';

/** Two workers, one shared cell: the lost count with a plain `+ 1` and with Atomics.add. */
export function CountPanel({
  atomic,
  onAtomic,
}: {
  atomic: boolean;
  onAtomic: (on: boolean) => void;
}) {
  const t = useT();
  const id = useId();
  const [runs, setRuns] = useState<readonly CountResult[]>([]);
  const [busy, setBusy] = useState(false);
  // What the last run threw (null: it ran, or none has yet); the box words it (count-failure.tsx).
  const [failure, setFailure] = useState<{ thrown: unknown } | null>(null);

  async function run() {
    setBusy(true);
    setFailure(null);
    try {
      const result = await countTogether(atomic);
      setRuns((list) => [result, ...list].slice(0, 6));
    } catch (thrown) {
      setFailure({ thrown });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('sm.countTitle')}</h2>
      <p className="hint">{t('sm.countHint')}</p>
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={atomic}
          onChange={(e) => onAtomic(e.target.checked)}
        />{' '}
        {t('sm.atomicSwitch')}
      </label>
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={run}>
          {busy ? t('sm.counting') : t('sm.runCount')}
        </button>
      </div>
      {failure ? <CountFailure failure={failure.thrown} /> : null}
      {/* No table of headers over nothing before the first run: a line that says so. */}
      {runs.length === 0 ? (
        <p className="hint">{t('sm.noRuns')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('sm.countResults')}>
          <table className="data-table sm-count">
            <caption className="visually-hidden">{t('sm.countResults')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sm.col.how')}</th>
                <th scope="col">{t('sm.col.added')}</th>
                <th scope="col">{t('sm.col.total')}</th>
                <th scope="col">{t('sm.col.lost')}</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run, index) => (
                <tr key={runs.length - index} data-atomic={run.atomic} data-lost={run.lost}>
                  <td>
                    <code translate="no">{t(run.atomic ? 'sm.how.atomic' : 'sm.how.plain')}</code>
                  </td>
                  <td>
                    {run.added[0].toLocaleString()} + {run.added[1].toLocaleString()}
                  </td>
                  <td>{run.total.toLocaleString()}</td>
                  <td>{run.lost.toLocaleString()}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
