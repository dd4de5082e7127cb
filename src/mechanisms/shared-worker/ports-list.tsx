import { PeerBadge } from '../../components/peer-badge';
import { useT } from '../../i18n/use-t';
import type { HubState } from './transport';

/**
 * The ports the hub holds, one per connected tab, as the hub itself reports them. A plain list with
 * the shared presence styles: BroadcastChannel's chips are its own and load only with its page.
 */
export function PortsList({ state }: { state: NonNullable<HubState> }) {
  const t = useT();
  return (
    <ul className="presence__list" aria-label={t('shw.portsList')}>
      {state.ports.map((info) => (
        <li key={info.port} data-port={info.port}>
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
