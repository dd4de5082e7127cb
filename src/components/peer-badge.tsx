import type { CSSProperties } from 'react';
import type { PeerRef } from '../shared/envelope';

/**
 * A peer's colour swatch and name; the name carries the meaning, the swatch only helps. The colour
 * is also `--peer-color`, so a larger setting (a popup's title band) can use it.
 */
export function PeerBadge({
  peer,
  suffix,
}: {
  peer: Pick<PeerRef, 'name' | 'color'>;
  suffix?: string;
}) {
  return (
    <span className="peer-badge" style={{ '--peer-color': peer.color } as CSSProperties}>
      <span
        className="peer-badge__swatch"
        style={{ backgroundColor: peer.color }}
        aria-hidden="true"
      />
      <span className="peer-badge__name">{peer.name}</span>
      {suffix ? <span className="peer-badge__suffix"> {suffix}</span> : null}
    </span>
  );
}
