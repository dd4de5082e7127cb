import './identity.css';
import type { CSSProperties } from 'react';
import { PeerBadge } from '../components/peer-badge';
import { useSelf } from '../hooks/use-self';
import { useT } from '../i18n/use-t';

/**
 * This tab's name and colour (ARCHITECTURE §7: the group named "Tab identity"). In the header row
 * on wide screens; in a compact window (two to four side by side) a band of its own under the
 * header, large and in the tab's colour, so the room can tell the windows apart from the back.
 */
export function Identity({ band }: { band: boolean }) {
  const t = useT();
  const self = useSelf();
  return (
    <div
      className={band ? 'identity identity--band' : 'identity'}
      role="group"
      aria-label={t('header.identity')}
      style={{ '--peer-color': self.color } as CSSProperties}
    >
      <span className="identity__label">{t('header.thisTab')} </span>
      <PeerBadge peer={self} />
    </div>
  );
}
