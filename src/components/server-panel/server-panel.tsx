import './server-panel.css';
import './i18n';
import { useId, useState } from 'react';
import { useDropAll, useServerHealth, useServerInfo } from '../../hooks/server-queries';
import { useT, type T } from '../../i18n/use-t';
import type { ServerInfo } from '../../lib/server-api';
import { Notice } from '../notice';
import { PeerBadge } from '../peer-badge';
import { JoinCode, LanPanel } from './server-lan';

export function formatUptime(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h > 0 ? `${h} h ${m} min` : m > 0 ? `${m} min ${s} s` : `${s} s`;
}

/** Whether the server is there (and, in classroom mode, the join code): atop a server page. */
export function ServerStatus() {
  const t = useT();
  const health = useServerHealth();
  if (health.isPending) return <Notice tone="info">{t('srv.checking')}</Notice>;
  if (health.isError)
    return <Notice tone="error">{t('srv.down', { reason: health.error.message })}</Notice>;
  return health.data.joinCode === 'required' ? <JoinCode /> : null;
}

/** Asks for the class's join code until the server accepts it; the page reconnects with it. */
type Counter = [key: Parameters<T>[0], value: number];

function counters(info: ServerInfo, which: 'ws' | 'sse'): Counter[] {
  const ws = info.ws.counters;
  const sse = info.sse.counters;
  return which === 'ws'
    ? [
        ['srv.c.messages', ws.messages],
        ['srv.c.binary', ws.binary],
        ['srv.c.malformed', ws.malformed],
        ['srv.c.rateLimited', ws.rateLimited],
        ['srv.c.oversize', ws.oversize],
        ['srv.c.terminated', ws.terminated],
        ['srv.c.rejectedOrigin', ws.rejectedOrigin],
        ['srv.c.apiOrigins', info.api.rejectedOrigins],
      ]
    : [
        ['srv.c.published', sse.published],
        ['srv.c.rejectedPublish', sse.rejectedPublish],
        ['srv.c.replayed', sse.replayed],
        ['srv.c.resets', sse.resets],
        ['srv.c.sseOrigins', sse.rejectedOrigin],
        ['srv.c.apiOrigins', info.api.rejectedOrigins],
      ];
}

/** What the server knows: connections, rooms, counters of refused input, and the drop button. */
export function ServerPanel({ focus }: { focus: 'ws' | 'sse' }) {
  const t = useT();
  const id = useId();
  const health = useServerHealth();
  const up = health.isSuccess;
  const info = useServerInfo(up);
  const drop = useDropAll();
  const [how, setHow] = useState<'terminate' | 'close'>('terminate');
  const data = info.data;

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('srv.title')}</h2>
      {health.data?.lan ? <LanPanel url={health.data.lan} /> : null}
      {data ? (
        <>
          <p className="status-line status-line--ok">
            <span aria-hidden="true">✓ </span>
            {t('srv.up', { uptime: formatUptime(data.uptimeMs) })}
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
                              {i > 0 ? ', ' : ''}
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
          <div className="table-wrap">
            <table className="data-table" aria-label={t('srv.counters')}>
              <thead>
                <tr>
                  <th scope="col">{t('srv.counter')}</th>
                  <th scope="col">{t('srv.value')}</th>
                </tr>
              </thead>
              <tbody>
                {counters(data, focus).map(([key, value]) => (
                  <tr key={key}>
                    <th scope="row">{t(key)}</th>
                    <td>{value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      <h3>{t('srv.dropTitle')}</h3>
      <p className="hint">{t('srv.dropHint')}</p>
      <div className="field">
        <label htmlFor={`${id}-how`}>{t('srv.dropHow')}</label>
        <select
          id={`${id}-how`}
          value={how}
          onChange={(e) => setHow(e.target.value as 'terminate' | 'close')}
        >
          <option value="terminate">{t('srv.how.terminate')}</option>
          <option value="close">{t('srv.how.close')}</option>
        </select>
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button--danger"
          disabled={!up || drop.isPending}
          onClick={() => drop.mutate(how)}
        >
          {t('srv.drop')}
        </button>
      </div>
      {drop.isSuccess ? <Notice tone="success">{t('srv.dropped', drop.data)}</Notice> : null}
      {drop.isError ? (
        <Notice tone="error">{t('srv.dropFailed', { reason: drop.error.message })}</Notice>
      ) : null}
    </section>
  );
}
