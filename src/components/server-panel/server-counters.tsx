// What the server counted (refusals, cuts, caps, caught errors), then the bounds it keeps
// (bounds-table.tsx): read from /api/info. Newer counters are absent on an older server: shown as 0.
import './i18n';
import { useT, type T } from '../../i18n/use-t';
import { formatCount } from '../../lib/format-count';
import type { ServerInfo } from '../../lib/server-api';
import { BoundsTable } from './bounds-table';

type Counter = [key: Parameters<T>[0], value: number];

function counters(info: ServerInfo, which: 'ws' | 'sse'): Counter[] {
  const ws = info.ws.counters;
  const sse = info.sse.counters;
  const errors = info.errors ?? {};
  const caught =
    (errors.http ?? 0) + (errors.upgrade ?? 0) + (errors.wsMessage ?? 0) + (errors.sse ?? 0);
  const shared: Counter[] = [
    ['srv.c.apiOrigins', info.api.rejectedOrigins],
    ['srv.c.rejectedHost', info.api.rejectedHost ?? 0],
    ['srv.c.joinFailed', info.classroom?.joinFailed ?? 0],
    ['srv.c.joinThrottled', info.classroom?.joinThrottled ?? 0],
    ['srv.c.teacherRefused', info.classroom?.teacherRefused ?? 0],
    ['srv.c.caught', caught],
  ];
  return which === 'ws'
    ? [
        ['srv.c.messages', ws.messages],
        ['srv.c.binary', ws.binary],
        ['srv.c.malformed', ws.malformed],
        ['srv.c.protocolErrors', ws.protocolErrors ?? 0],
        ['srv.c.invalidUtf8', ws.invalidUtf8 ?? 0],
        ['srv.c.rateLimited', ws.rateLimited],
        ['srv.c.oversize', ws.oversize],
        ['srv.c.terminated', ws.terminated],
        ['srv.c.wsSlowCut', ws.slowCut ?? 0],
        ['srv.c.wsCapped', ws.capped ?? 0],
        ['srv.c.idsReassigned', ws.idsReassigned ?? 0],
        ['srv.c.rejectedOrigin', ws.rejectedOrigin],
        ...shared,
      ]
    : [
        ['srv.c.published', sse.published],
        ['srv.c.rejectedPublish', sse.rejectedPublish],
        ['srv.c.replayed', sse.replayed],
        ['srv.c.resets', sse.resets],
        ['srv.c.sseSlowCut', sse.slowCut ?? 0],
        ['srv.c.sseCapped', sse.capped ?? 0],
        ['srv.c.sseOrigins', sse.rejectedOrigin],
        ...shared,
      ];
}

export function ServerCounters({ info, focus }: { info: ServerInfo; focus: 'ws' | 'sse' }) {
  const t = useT();
  return (
    <>
      <div className="table-wrap">
        <table className="data-table server-table" aria-label={t('srv.counters')}>
          <thead>
            <tr>
              <th scope="col">{t('srv.counter')}</th>
              <th scope="col" className="data-table__figure">
                {t('srv.value')}
              </th>
            </tr>
          </thead>
          <tbody>
            {counters(info, focus).map(([key, value]) => (
              <tr key={key}>
                <th scope="row">{t(key)}</th>
                <td className="data-table__figure">{formatCount(value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <BoundsTable info={info} />
    </>
  );
}
