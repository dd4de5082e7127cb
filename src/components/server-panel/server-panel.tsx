import './server-panel.css';
import './i18n';
import { useId } from 'react';
import { encode } from 'uqr';
import { useServerHealth, useServerInfo } from '../../hooks/server-queries';
import { useT, type T } from '../../i18n/use-t';
import { PeerBadge } from '../peer-badge';
import { ClusterList } from '../instances/cluster-list';
import { DropAll } from './drop-all';
import { ServerCounters } from './server-counters';

export { ServerStatus } from './server-status';

/** "2 min 20 s", "2 分 20 秒": the units are words of the reader's language. */
export function formatUptime(ms: number, t: T): string {
  const seconds = Math.floor(ms / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return t('srv.uptime.h', { h, m });
  return m > 0 ? t('srv.uptime.m', { m, s }) : t('srv.uptime.s', { s });
}

/** A QR code as SVG squares (one path), for the classroom URL. */
function QrCode({ url, label }: { url: string; label: string }) {
  const { size, data } = encode(url, { border: 2 });
  let d = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return (
    <svg className="qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label}>
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}

function LanPanel({ url }: { url: string }) {
  const t = useT();
  return (
    <div className="lan" data-testid="lan">
      <h3>{t('srv.lanTitle')}</h3>
      <p className="lan__url">{url}</p>
      <QrCode url={url} label={t('srv.qr', { url })} />
      <p className="hint">{t('srv.lanHint')}</p>
    </div>
  );
}

/** What the server knows: connections, rooms, counters of refused input, and the drop button. */
export function ServerPanel({ focus }: { focus: 'ws' | 'sse' }) {
  const t = useT();
  const id = useId();
  const health = useServerHealth();
  const up = health.isSuccess;
  const info = useServerInfo(up);
  const data = info.data;

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('srv.title')}</h2>
      {health.data?.lan ? <LanPanel url={health.data.lan} /> : null}
      {data ? (
        <>
          <p className="status-line status-line--ok">
            <span aria-hidden="true">✓ </span>
            {t('srv.up', { uptime: formatUptime(data.uptimeMs, t) })}
          </p>
          <dl className="facts">
            <div>
              <dt>{t('srv.wsClients')}</dt>
              <dd data-testid="ws-clients">{data.ws.clients}</dd>
            </div>
            <div>
              <dt>{t('srv.sseSubscribers')}</dt>
              <dd data-testid="sse-subscribers">{data.sse.subscribers}</dd>
            </div>
          </dl>
          {focus === 'ws' ? (
            <div className="table-wrap">
              <table className="data-table" aria-label={t('srv.rooms')}>
                <thead>
                  <tr>
                    <th scope="col">{t('srv.room')}</th>
                    <th scope="col">{t('srv.members')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.ws.rooms.length === 0 ? (
                    <tr>
                      <td colSpan={2}>{t('srv.noRooms')}</td>
                    </tr>
                  ) : (
                    data.ws.rooms.map((room) => (
                      <tr key={room.room}>
                        <th scope="row">{room.room}</th>
                        <td>
                          {room.members.map((member, i) => (
                            <span key={`${member.id}-${i}`}>
                              {i > 0 ? t('srv.listSep') : ''}
                              <PeerBadge peer={member} />
                            </span>
                          ))}
                        </td>
                      </tr>
                    ))
                  )}
                </tbody>
              </table>
            </div>
          ) : null}
          <ServerCounters info={data} focus={focus} />
        </>
      ) : null}
      <ClusterList />
      <DropAll up={up} teacherToken={health.data?.teacherToken === 'required'} />
    </section>
  );
}
