import { useId, type ReactNode } from 'react';
import { PeerBadge } from '../../components/peer-badge';
import type { T } from '../../i18n/use-t';
import type { PeerRef } from '../../shared/envelope';
import type { WorkerStats } from './use-service-worker';

/** The tabs the worker controls, as it reports them (clients.matchAll), with the names we know. */
export function ClientsPanel({
  t,
  stats,
  names,
  self,
  children,
}: {
  children?: ReactNode;
  t: T;
  stats: WorkerStats | null;
  names: Record<string, PeerRef>;
  self: PeerRef;
}) {
  const id = useId();
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('sw.clientsTitle')}</h2>
      <p className="hint">{t('sw.clientsHint')}</p>
      {children}
      {!stats ? <p className="hint">{t('sw.noAnswer')}</p> : null}
      <ul className="presence__list" aria-label={t('sw.clientsTitle')}>
        {stats?.clients.map((client) => {
          const known = client.id === stats.you ? self : names[client.id];
          return (
            <li key={client.id} data-client={client.id}>
              {known ? (
                <PeerBadge
                  peer={known}
                  suffix={client.id === stats.you ? t('sw.thisTab') : undefined}
                />
              ) : (
                <span>{t('sw.unknownTab')}</span>
              )}{' '}
              <code>{client.id.slice(0, 8)}</code>{' '}
              <span className="hint">
                {client.visibilityState}
                {client.focused ? `, ${t('sw.focused')}` : ''}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
