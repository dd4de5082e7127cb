import './popup-list.css';
import { PeerBadge } from '../../components/peer-badge';
import { useT } from '../../i18n/use-t';
import type { MessageKey } from '../../i18n/dictionary';
import { popupPeer, type PopupInfo } from './roles';

const STATE: Record<PopupInfo['state'], MessageKey> = {
  opening: 'pop.state.opening',
  ready: 'pop.state.ready',
  closed: 'pop.state.closed',
  'no-handle': 'pop.state.noHandle',
};

export function PopupList({
  popups,
  nameOf,
  onFocus,
  onClose,
}: {
  popups: readonly PopupInfo[];
  nameOf: (id: string) => string;
  onFocus: (id: string) => void;
  onClose: (id: string) => void;
}) {
  const t = useT();
  if (popups.length === 0) return <p className="hint">{t('pop.none')}</p>;
  return (
    <ul className="popup-list" aria-label={t('pop.listTitle')}>
      {popups.map((p) => (
        <li key={p.id} data-state={p.state} className="popup-list__item">
          <PeerBadge peer={popupPeer(p.n, nameOf(p.id))} />
          <code>{p.name}</code>
          <span
            className={`tag tag--${p.state === 'ready' ? 'ready' : p.state === 'opening' ? 'loading' : 'timeout'}`}
          >
            {t(STATE[p.state])}
          </span>
          {p.queued ? (
            <span className="tag tag--warning">{t('pop.queuedCount', { count: p.queued })}</span>
          ) : null}
          {p.opens > 1 ? <span className="hint">{t('pop.opens', { count: p.opens })}</span> : null}
          <span className="popup-list__actions">
            <button
              type="button"
              className="button button--small"
              disabled={p.state === 'closed' || p.state === 'no-handle'}
              onClick={() => onFocus(p.id)}
              aria-label={t('pop.focusNamed', { name: nameOf(p.id) })}
            >
              {t('pop.focus')}
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={p.state === 'closed' || p.state === 'no-handle'}
              onClick={() => onClose(p.id)}
              aria-label={t('pop.closeNamed', { name: nameOf(p.id) })}
            >
              {t('pop.close')}
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}
