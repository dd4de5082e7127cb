import type { PeerRef } from '../shared/envelope';

/** A peer's colour swatch and name; the name carries the meaning, the swatch only helps. */
export function PeerBadge({
  peer,
  suffix,
}: {
  peer: Pick<PeerRef, 'name' | 'color'>;
  suffix?: string;
}) {
  return (
    <span className="peer-badge">
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
