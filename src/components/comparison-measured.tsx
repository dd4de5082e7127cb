// The comparison table's measured cells: the figure; before the race a dash (the reason is said once,
// in the legend); and where a mechanism cannot race, its reason once across the measured columns,
// not three times over (it ran to twelve lines a cell on a projector).
import type { ReactNode } from 'react';
import type { T } from '../i18n/use-t';
import type { RaceResult } from '../lib/race-types';
import {
  MEASURED_COLUMNS,
  measuredText,
  type Column,
  type MeasuredColumn,
} from './comparison-columns';

/** The measured columns shown, and how many of them a reason spans (1 when they are not adjacent). */
export function measuredSpan(columns: readonly Column[]) {
  const shown = columns.filter((c): c is MeasuredColumn =>
    (MEASURED_COLUMNS as readonly string[]).includes(c),
  );
  const at = shown.map((c) => columns.indexOf(c));
  const adjacent = at.every((index, i) => i === 0 || index === at[i - 1]! + 1);
  return { first: shown[0], span: adjacent ? shown.length : 1 };
}

type Props = {
  t: T;
  result: RaceResult | undefined;
  column: MeasuredColumn;
  spanned: ReturnType<typeof measuredSpan>;
  /** The link the cell's content becomes (to the race). */
  wrap: (content: ReactNode) => ReactNode;
};

/** One measured cell, or null where the row's reason already spans this column. */
export function measuredCell({ t, result, column, spanned, wrap }: Props): ReactNode {
  const status = result?.status ?? 'none';
  if (!result)
    return (
      <td key={column} data-measured={column} data-status={status}>
        {wrap(
          <>
            <span aria-hidden="true">—</span>
            <span className="visually-hidden">{t('compare.notMeasured')}</span>
          </>,
        )}
      </td>
    );
  const text = measuredText(t, result, column);
  if (status !== 'skipped' && status !== 'failed')
    return (
      <td key={column} data-measured={column} data-status={status}>
        {wrap(text)}
      </td>
    );
  if (spanned.span > 1 && column !== spanned.first) return null;
  // Two lines at most (comparison-table.css); the whole reason is the title and in the race below.
  return (
    <td
      key={column}
      data-measured={column}
      data-status={status}
      colSpan={spanned.span}
      title={text}
    >
      {wrap(<span className="compare-reason">{text}</span>)}
    </td>
  );
}
