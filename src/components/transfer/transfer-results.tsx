import '../stacked-cards.css';
import '../stacked-head.css';
import './transfer-results.css';
import type { ReactNode } from 'react';
import type { TransferMode } from './transfer-controls';

export type TransferColumn<Row> = {
  /** Names the column in data-label-for, for tests and styles. */
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** Data attributes for the cell (data-after="0", …): what tests read instead of the text. */
  data?: (row: Row) => Record<`data-${string}`, string | number>;
};

type Props<Row> = {
  /** Names the scroll region and the table. */
  label: string;
  /** Said instead of the table before the first row: headers over nothing read as broken. */
  empty: string;
  columns: readonly TransferColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
};

/**
 * What each copy or transfer cost, one row per buffer sent. Where the box is wide enough it is a
 * table; in a narrow one (a 320 px window, a third of a projector) each row becomes a small card
 * with the column's name above each value, so no column is clipped and no header is squeezed to
 * one character per line (transfer-results.css).
 *
 * The roles are written out because a table whose rows are not `display: table-row` loses its
 * table semantics in some browsers: https://adrianroselli.com/2018/02/tables-css-display-properties-and-aria.html
 */
export function TransferResults<Row extends { mode: TransferMode }>({
  label,
  empty,
  columns,
  rows,
  rowKey,
}: Props<Row>) {
  if (rows.length === 0) return <p className="hint">{empty}</p>;
  return (
    <div
      className="table-wrap transfer-results"
      data-stacks="cards"
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      <table className="data-table" role="table">
        <caption className="visually-hidden">{label}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {columns.map((column) => (
              <th key={column.key} scope="col" role="columnheader">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr key={rowKey(row)} role="row" data-mode={row.mode}>
              {columns.map((column) => (
                <td key={column.key} role="cell" {...column.data?.(row)}>
                  {/* The header again, shown only when the row is stacked; the table already
                      names the cell for assistive technology. */}
                  <span className="stacked-label" aria-hidden="true" data-label-for={column.key}>
                    {column.header}
                  </span>
                  <span className="transfer-results__value">{column.cell(row)}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
