import type { ReactNode } from 'react';
import { useT, type T } from '../i18n/use-t';
import type { MessageKey } from '../i18n/dictionary';
import { formatBytes } from '../lib/describe-value';
import type { RaceResult } from '../lib/race-types';
import type { MechanismMeta, MechanismTraits } from '../mechanisms/types';

export const TRAIT_COLUMNS = [
  'scope',
  'direction',
  'needsServer',
  'reachesSender',
  'payload',
  'binary',
  'ordering',
  'survivesReload',
  'autoReconnect',
  'limitsKey',
  'typicalUseKey',
  'gotchaKey',
] as const satisfies ReadonlyArray<keyof MechanismTraits>;
export type TraitColumn = (typeof TRAIT_COLUMNS)[number];

const HEADER: Record<TraitColumn, MessageKey> = {
  scope: 'trait.scope',
  direction: 'trait.direction',
  needsServer: 'trait.needsServer',
  reachesSender: 'trait.reachesSender',
  payload: 'trait.payload',
  binary: 'trait.binary',
  ordering: 'trait.ordering',
  survivesReload: 'trait.survivesReload',
  autoReconnect: 'trait.autoReconnect',
  limitsKey: 'trait.limits',
  typicalUseKey: 'trait.typicalUse',
  gotchaKey: 'trait.gotcha',
};

/** A trait as words (and a symbol for yes/no, so colour is never the only signal). */
export function traitText(t: T, meta: MechanismMeta, trait: TraitColumn): string {
  const value = meta.traits[trait];
  if (typeof value === 'boolean')
    return `${value ? '✓' : '✗'} ${t(value ? 'trait.yes' : 'trait.no')}`;
  if (trait === 'limitsKey' || trait === 'typicalUseKey' || trait === 'gotchaKey')
    return t(value as MessageKey);
  if (value === 'not-applicable') return `— ${t('trait.notApplicable')}`;
  if (value === 'yes' || value === 'no')
    return `${value === 'yes' ? '✓' : '✗'} ${t(value === 'yes' ? 'trait.yes' : 'trait.no')}`;
  return t(`trait.${trait}.${value}` as MessageKey);
}

export function TraitValue({ meta, trait }: { meta: MechanismMeta; trait: TraitColumn }) {
  const t = useT();
  return <>{traitText(t, meta, trait)}</>;
}

export const MEASURED_COLUMNS = ['roundTrip', 'throughput', 'largest'] as const;
export type MeasuredColumn = (typeof MEASURED_COLUMNS)[number];
export type Column = TraitColumn | MeasuredColumn;
export const ALL_COLUMNS: readonly Column[] = [...MEASURED_COLUMNS, ...TRAIT_COLUMNS];

const MEASURED_HEADER: Record<MeasuredColumn, MessageKey> = {
  roundTrip: 'compare.col.roundTrip',
  throughput: 'compare.col.throughput',
  largest: 'compare.col.largest',
};

export const columnLabel = (t: T, column: Column) =>
  t(
    column in MEASURED_HEADER
      ? MEASURED_HEADER[column as MeasuredColumn]
      : HEADER[column as TraitColumn],
  );

export type Sort = { column: Column | 'name'; direction: 'ascending' | 'descending' };

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));

/** A measured figure for the table: the number, or why there is none. */
export function measuredText(t: T, result: RaceResult | undefined, column: MeasuredColumn): string {
  if (!result) return t('compare.notMeasured');
  if (result.status === 'skipped' || result.status === 'failed')
    return t('compare.cannotRun', { reason: result.reason ?? '' });
  if (column === 'roundTrip') {
    const size = result.sizes.find((s) => s.size === '1k');
    if (!size?.roundTrip) return size?.refused ?? t('compare.notMeasured');
    return t('compare.rtValue', {
      median: ms(size.roundTrip.median),
      p95: ms(size.roundTrip.p95),
      lost: size.lost,
    });
  }
  if (column === 'throughput')
    return result.throughput
      ? t('compare.tpValue', {
          rate: Math.round(result.throughput.perSecond).toLocaleString('en'),
          lost: result.throughput.lost,
        })
      : t('compare.tpLimited');
  return result.largestBytes === null ? '—' : formatBytes(result.largestBytes);
}

/** The value a column sorts by: numbers for measured columns, text for traits. */
function sortValue(t: T, meta: MechanismMeta, column: Sort['column'], result?: RaceResult) {
  if (column === 'name') return t(meta.titleKey);
  if (column === 'roundTrip')
    return result?.sizes.find((s) => s.size === '1k')?.roundTrip?.median ?? Infinity;
  if (column === 'throughput') return -(result?.throughput?.perSecond ?? -Infinity);
  if (column === 'largest') return -(result?.largestBytes ?? -Infinity);
  return traitText(t, meta, column);
}

type Props = {
  metas: readonly MechanismMeta[];
  renderName: (meta: MechanismMeta) => ReactNode;
  /** Where a mechanism's cell links to (its page). */
  href?: (meta: MechanismMeta) => string;
  results?: Readonly<Record<string, RaceResult>>;
  columns?: readonly Column[];
  sort?: Sort;
  onSort?: (column: Sort['column']) => void;
  renderLink?: (to: string, children: ReactNode) => ReactNode;
};

export function ComparisonTable({
  metas,
  renderName,
  results = {},
  columns = TRAIT_COLUMNS,
  sort,
  onSort,
  href,
  renderLink,
}: Props) {
  const t = useT();
  const rows = [...metas];
  if (sort) {
    const sign = sort.direction === 'ascending' ? 1 : -1;
    rows.sort((a, b) => {
      const x = sortValue(t, a, sort.column, results[a.id]);
      const y = sortValue(t, b, sort.column, results[b.id]);
      return (
        sign *
        (typeof x === 'number' && typeof y === 'number'
          ? x - y
          : String(x).localeCompare(String(y)))
      );
    });
  }
  const header = (column: Sort['column'], label: string) => {
    const active = sort?.column === column;
    return (
      <th
        key={column}
        scope="col"
        aria-sort={active ? sort?.direction : undefined}
        data-column={column}
      >
        {onSort ? (
          <button type="button" className="sort-button" onClick={() => onSort(column)}>
            {label}
            <span aria-hidden="true">
              {active ? (sort?.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
            </span>
          </button>
        ) : (
          label
        )}
      </th>
    );
  };
  const cell = (meta: MechanismMeta, text: string) =>
    href && renderLink ? renderLink(href(meta), text) : text;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={t('compare.table')}>
      <table className="data-table compare-table">
        <caption>{t('compare.caption')}</caption>
        <thead>
          <tr>
            {header('name', t('compare.mechanism'))}
            {columns.map((column) => header(column, columnLabel(t, column)))}
          </tr>
        </thead>
        <tbody>
          {rows.map((meta) => (
            <tr key={meta.id} data-mechanism={meta.id}>
              <th scope="row">{renderName(meta)}</th>
              {columns.map((column) =>
                (MEASURED_COLUMNS as readonly string[]).includes(column) ? (
                  <td
                    key={column}
                    data-measured={column}
                    data-status={results[meta.id]?.status ?? 'none'}
                  >
                    {measuredText(t, results[meta.id], column as MeasuredColumn)}
                  </td>
                ) : (
                  <td key={column} data-trait={column}>
                    {cell(meta, traitText(t, meta, column as TraitColumn))}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
