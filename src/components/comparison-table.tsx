import './comparison-table.css';
import './comparison-i18n';
import type { ReactNode } from 'react';
import { useT, type T } from '../i18n/use-t';
import type { MessageKey } from '../i18n/dictionary';
import {
  HEADER,
  TRAIT_COLUMNS,
  TRAIT_MARK,
  traitMark,
  traitText,
  type TraitColumn,
} from './trait-text';

export { TRAIT_COLUMNS, traitText, TraitValue, type TraitColumn } from './trait-text';
import { formatBytes } from '../lib/describe-value';
import type { RaceResult } from '../lib/race-types';
import type { MechanismMeta } from '../lib/mechanism-types';

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
// One formatter: toLocaleString('en') builds one per call (MDN, Number/toLocaleString#performance).
const rates = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

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
          rate: rates.format(Math.round(result.throughput.perSecond)),
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
  /** Where a cell links to: the page, or the spot on it, that shows this. */
  href?: (meta: MechanismMeta, column: Column) => string;
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
  const cell = (meta: MechanismMeta, column: Column, content: ReactNode) =>
    href && renderLink ? renderLink(href(meta, column), content) : content;
  // Yes/no traits as a compact mark; the word stays in the text for screen readers and search.
  const traitCell = (meta: MechanismMeta, column: TraitColumn) => {
    const mark = traitMark(t, meta, column);
    if (!mark) return traitText(t, meta, column);
    return (
      <span className="trait-mark" title={mark.word}>
        <span aria-hidden="true">{mark.mark}</span>{' '}
        <span className={column === 'autoReconnect' ? undefined : 'visually-hidden'}>
          {mark.word}
        </span>
      </span>
    );
  };
  return (
    <>
      <p className="compare-legend" aria-hidden="true">
        {TRAIT_MARK.yes} {t('trait.yes')} · {TRAIT_MARK.no} {t('trait.no')}
      </p>
      <div
        className="table-wrap compare-wrap"
        tabIndex={0}
        role="region"
        aria-label={t('compare.table')}
      >
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
                      {cell(
                        meta,
                        column,
                        measuredText(t, results[meta.id], column as MeasuredColumn),
                      )}
                    </td>
                  ) : (
                    <td key={column} data-trait={column}>
                      {cell(meta, column, traitCell(meta, column as TraitColumn))}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
