import { PeerBadge } from '../../components/peer-badge';
import { useT } from '../../i18n/use-t';
import type { HubState } from './transport';

/** The ports the hub holds, one per connected tab, as the hub itself reports them. */
export function PortsList({ state }: { state: NonNullable<HubState> }) {
  const t = useT();
  return (
    <ul className="chips" aria-label={t('shw.portsList')}>
      {state.ports.map((info) => (
        <li key={info.port} className="chip" data-port={info.port}>
          <PeerBadge peer={info.peer} />
          <span className="hint">
            {info.port}
            {info.port === state.you ? ` ${t('shw.thisTab')}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
