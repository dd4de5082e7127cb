// The comparison table's columns: the measured ones (filled by the Race) beside the traits, their
// headers, their cell texts, and the order rows take when a column is sorted.
import type { T } from '../i18n/use-t';
import type { MessageKey } from '../i18n/dictionary';
import { formatBytes } from '../lib/byte-size';
import type { MechanismMeta } from '../lib/mechanism-types';
import type { RaceResult } from '../lib/race-types';
import { HEADER, TRAIT_COLUMNS, traitText, type TraitColumn } from './trait-text';

export const MEASURED_COLUMNS = ['roundTrip', 'throughput', 'largest'] as const;
export type MeasuredColumn = (typeof MEASURED_COLUMNS)[number];
export type Column = TraitColumn | MeasuredColumn;
export const ALL_COLUMNS: readonly Column[] = [...MEASURED_COLUMNS, ...TRAIT_COLUMNS];
/**
 * The columns shown at first: the measured ones and the traits that tell the mechanisms apart,
 * so the table fits a 1280×720 projector, presenter mode's larger text too, without scrolling
 * sideways. The rest stay in the column picker; limits, typical use and the gotcha are sentences,
 * and each page's "What to notice" has them whole.
 */
export const DEFAULT_COLUMNS: readonly Column[] = [
  ...MEASURED_COLUMNS,
  'scope',
  'direction',
  'needsServer',
  'payload',
];

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

/**
 * Headers drawn short in the table, where the whole words took three or four lines above a column
 * of marks or dashes (presenter mode's header row was ~118 px at 1280×720). The whole header stays
 * the column's name for screen readers and its title, as the trait cells' short words do.
 */
const SHORT_HEADER: Partial<Record<Column, MessageKey>> = {
  roundTrip: 'compare.short.roundTrip',
  largest: 'compare.short.largest',
  needsServer: 'compare.short.needsServer',
};

export const columnShort = (t: T, column: Column | 'name') => {
  const key = column === 'name' ? undefined : SHORT_HEADER[column];
  return key ? t(key) : null;
};

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

/** The rows in the order `sort` asks for (as given when there is none). */
export function sortRows(
  t: T,
  metas: readonly MechanismMeta[],
  sort: Sort | undefined,
  results: Readonly<Record<string, RaceResult>>,
): MechanismMeta[] {
  const rows = [...metas];
  if (!sort) return rows;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows.sort((a, b) => {
    const x = sortValue(t, a, sort.column, results[a.id]);
    const y = sortValue(t, b, sort.column, results[b.id]);
    return (
      sign *
      (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y)))
    );
  });
}
