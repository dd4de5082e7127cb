import './comparison-table.css';
import './comparison-i18n';
import type { CSSProperties, ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import type { RaceResult } from '../lib/race-types';
import type { MechanismMeta } from '../lib/mechanism-types';
import { measuredCell, measuredSpan } from './comparison-measured';
import { usePublishedLogFit } from './message-log/log-fit';
import {
  columnLabel,
  columnShort,
  MEASURED_COLUMNS,
  sortRows,
  type Column,
  type MeasuredColumn,
  type Sort,
} from './comparison-columns';
import {
  TRAIT_COLUMNS,
  TRAIT_MARK,
  traitMark,
  traitShort,
  traitText,
  type TraitColumn,
} from './trait-text';
import { useScrollsSideways } from './use-sideways';

// The compare page takes its columns from here, with the table.
export {
  ALL_COLUMNS,
  columnLabel,
  DEFAULT_COLUMNS,
  MEASURED_COLUMNS,
  type Column,
  type Sort,
} from './comparison-columns';
export { TRAIT_COLUMNS } from './trait-text';

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
  // The log's fitted height, set on this box alone (comparison-table.css reads it; log-fit.ts).
  const logFit = usePublishedLogFit();
  const rows = sortRows(t, metas, sort, results);
  const [wrapRef, sideways] = useScrollsSideways();
  const header = (column: Sort['column'], label: string) => {
    const active = sort?.column === column;
    const short = columnShort(t, column);
    const words = short ? (
      <>
        <span aria-hidden="true">{short}</span>
        <span className="visually-hidden">{label}</span>
      </>
    ) : (
      label
    );
    return (
      <th
        key={column}
        scope="col"
        aria-sort={active ? sort?.direction : undefined}
        data-column={column}
        title={short ? label : undefined}
      >
        {onSort ? (
          <button type="button" className="sort-button" onClick={() => onSort(column)}>
            {words}
            {/* "↕" says a column sorts; presenter mode hides it (sort-mark--idle): beside a
                projector's larger names it took a line of its own under "Throughput". The sorted
                column's mark is kept on its last word's line by a no-break space. */}
            <span className={active ? 'sort-mark' : 'sort-mark sort-mark--idle'} aria-hidden="true">
              {active ? (sort?.direction === 'ascending' ? '\u00a0▲' : '\u00a0▼') : ' ↕'}
            </span>
          </button>
        ) : (
          words
        )}
      </th>
    );
  };
  const cell = (meta: MechanismMeta, column: Column, content: ReactNode) =>
    href && renderLink ? renderLink(href(meta, column), content) : content;
  // Yes/no traits as a compact mark, word traits in a short form ("1 → n"), so a row is one line
  // on a projector; the whole word stays in the cell for screen readers and search.
  const traitCell = (meta: MechanismMeta, column: TraitColumn) => {
    const mark = traitMark(t, meta, column);
    const short = traitShort(t, meta, column);
    if (!mark && !short) return traitText(t, meta, column);
    const word = mark?.word ?? traitText(t, meta, column);
    return (
      <span className="trait-mark" title={word}>
        <span aria-hidden="true">{[mark?.mark, short].filter(Boolean).join(' ')}</span>
        <span className="visually-hidden">{` ${word}`}</span>
      </span>
    );
  };
  // Before the race, the legend says once what the measured cells' dashes mean (the same sentence
  // in 39 cells pushed the traits off a projector); each cell keeps it for screen readers.
  const unmeasured = rows.some((meta) => !results[meta.id]);
  const spanned = measuredSpan(columns);
  // Limits, typical use and the gotcha show two lines (comparison-table.css); the title has them whole.
  const longText = (meta: MechanismMeta, column: TraitColumn) =>
    column.endsWith('Key') ? traitText(t, meta, column) : undefined;
  return (
    <>
      <p className="compare-legend" aria-hidden="true">
        {TRAIT_MARK.yes} {t('trait.yes')} · {TRAIT_MARK.no} {t('trait.no')}
        {unmeasured && spanned.first ? ` · — ${t('compare.notMeasured')}` : null}
      </p>
      {/* The edge's fade alone did not read as "more this way" in a 320 px window: said in words
          while the table is wider than its box (a screen reader reads the whole table anyway). */}
      {sideways ? (
        <p className="compare-legend compare-more" aria-hidden="true">
          {t('compare.moreColumns')}
        </p>
      ) : null}
      <div
        ref={wrapRef}
        className="table-wrap compare-wrap"
        style={logFit === null ? undefined : ({ '--log-fit': `${logFit}px` } as CSSProperties)}
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
                    measuredCell({
                      t,
                      result: results[meta.id],
                      column: column as MeasuredColumn,
                      spanned,
                      wrap: (content) => cell(meta, column, content),
                    })
                  ) : (
                    <td
                      key={column}
                      data-trait={column}
                      title={longText(meta, column as TraitColumn)}
                    >
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
