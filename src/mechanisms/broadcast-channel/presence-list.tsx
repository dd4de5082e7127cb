import { useShallow } from 'zustand/react/shallow';
import { PeerBadge } from '../../components/peer-badge';
import { useT } from '../../i18n/use-t';
import type { PeerRef } from '../../shared/envelope';
import { useAppStore } from '../../store';
import { presenceGroup } from './use-channels';

export function PresenceList({ channel, self }: { channel: string; self: PeerRef }) {
  const t = useT();
  const peers = useAppStore(
    useShallow((s) => Object.values(s.peers[presenceGroup(channel)] ?? {})),
  );
  return (
    <div className="presence">
      <h3>{t('bc.presenceOn', { channel })}</h3>
      <ul aria-label={t('bc.presenceOn', { channel })} className="presence__list">
        <li>
          <PeerBadge peer={self} suffix={t('bc.thisTab')} />
        </li>
        {peers.map(({ peer }) => (
          <li key={peer.id}>
            <PeerBadge peer={peer} />
          </li>
        ))}
      </ul>
      {peers.length === 0 ? <p className="hint">{t('bc.alone')}</p> : null}
    </div>
  );
}
