import '../stacked-cards.css';
import '../stacked-head.css';
// Every bound the server keeps, with what each holds now: bytes as the log writes sizes
// ("16.00 MiB", not 16777216), counts with separators. In a narrow panel each row stacks its name
// over its two figures (server-panel.css), so a long name is never squeezed beside them.
import { useT, type T } from '../../i18n/use-t';
import { formatBytes } from '../../lib/format-bytes';
import type { ServerInfo } from '../../lib/server-api';
import { formatCount } from '../../lib/format-count';

type Bound = [
  key: Parameters<T>[0],
  used: number | undefined,
  limit: number | undefined,
  format: (n: number) => string,
];

function bounds(info: ServerInfo): Bound[] {
  const b = info.bounds;
  if (!b) return [];
  return [
    ['srv.b.wsBuffered', b.ws.bufferedBytes, b.ws.maxBufferedBytes, formatBytes],
    ['srv.b.rooms', b.ws.rooms, b.ws.maxRooms, formatCount],
    ['srv.b.connections', b.ws.connections, b.ws.maxConnections, formatCount],
    ['srv.b.sseBacklog', b.sse.backlogBytes, b.sse.maxBacklogBytes, formatBytes],
    ['srv.b.streams', b.sse.streams, b.sse.maxStreams, formatCount],
    ['srv.b.history', b.history.bytes, b.history.budgetBytes, formatBytes],
  ];
}

export function BoundsTable({ info }: { info: ServerInfo }) {
  const t = useT();
  const rows = bounds(info);
  if (rows.length === 0) return null;
  // The column's name again beside each figure, shown only when the row is stacked; the table
  // already names each cell for assistive technology (the roles keep it a table when stacked:
  // https://developer.mozilla.org/docs/Web/CSS/display#tables).
  const figure = (header: string, value: number | undefined, format: (n: number) => string) => (
    <td className="data-table__figure" role="cell">
      <span className="stacked-label" aria-hidden="true">
        {header}
      </span>
      <span>{value === undefined ? '—' : format(value)}</span>
    </td>
  );
  return (
    <div className="table-wrap server-bounds" data-stacks="cards">
      <table className="data-table server-table" role="table" aria-label={t('srv.bounds')}>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              {t('srv.bound')}
            </th>
            <th scope="col" role="columnheader" className="data-table__figure">
              {t('srv.inUse')}
            </th>
            <th scope="col" role="columnheader" className="data-table__figure">
              {t('srv.limit')}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map(([key, used, limit, format]) => (
            <tr key={key} role="row">
              <th scope="row" role="rowheader">
                {t(key)}
              </th>
              {figure(t('srv.inUse'), used, format)}
              {figure(t('srv.limit'), limit, format)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
