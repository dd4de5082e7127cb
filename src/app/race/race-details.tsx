// Every figure the race measured, per mechanism and size, in a table that stays folded.
import { memo } from 'react';
import type { T } from '../../i18n/use-t';
import type { RaceResult } from '../../lib/race-types';
import { mechanisms } from '../../mechanisms/registry';
import { f } from './race-chart';

const registry = mechanisms.map((m) => m.meta);

function DetailsTableUnmemoized({ t, results }: { t: T; results: Record<string, RaceResult> }) {
  const rows = registry.flatMap((meta) => {
    const result = results[meta.id];
    return result ? result.sizes.map((size) => ({ meta, result, size })) : [];
  });
  if (rows.length === 0) return null;
  return (
    <details className="race-details">
      <summary>{t('race.details')}</summary>
      <div className="table-wrap">
        <table className="data-table" aria-label={t('race.detailsTable')}>
          <thead>
            <tr>
              <th scope="col">{t('compare.mechanism')}</th>
              <th scope="col">{t('race.counterpart')}</th>
              <th scope="col">{t('race.size')}</th>
              <th scope="col">{t('race.sent')}</th>
              <th scope="col">{t('race.lost')}</th>
              <th scope="col">{t('race.median')}</th>
              <th scope="col">{t('race.p95')}</th>
              <th scope="col">{t('race.max')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ meta, result, size }) => (
              <tr key={`${meta.id}-${size.size}`}>
                <th scope="row">{t(meta.titleKey)}</th>
                <td>{result.counterpart}</td>
                <td>{t(`race.size.${size.size}`)}</td>
                {size.refused ? (
                  <td colSpan={5}>{size.refused}</td>
                ) : (
                  <>
                    <td>{size.sent}</td>
                    <td>{size.lost}</td>
                    <td>{size.roundTrip ? f(size.roundTrip.median) : '—'}</td>
                    <td>{size.roundTrip ? f(size.roundTrip.p95) : '—'}</td>
                    <td>{size.roundTrip ? f(size.roundTrip.max) : '—'}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
// Redrawn when results change, not on each progress step of the race (same props: same output).
export const DetailsTable = memo(DetailsTableUnmemoized);
