import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { createEnvelopeFactory } from '../../lib/envelope-factory';
import { meta } from './meta';
import { rolePeer } from './roles';
import { postRaw } from './transport';

const envelope = createEnvelopeFactory(meta.id);

/** What an attacker's frame does: post to the parent with '*' and hope nobody checks event.origin. */
export function HostileControls() {
  const t = useT();
  const [sent, setSent] = useState<string | null>(null);
  const post = (data: unknown, label: string) => {
    if (window.parent !== window) postRaw(window.parent, data, '*');
    setSent(label);
  };
  // It copies the cross-origin frame's identity: only event.origin tells them apart.
  const spoofed = () =>
    envelope(rolePeer('cross', t('ifr.role.cross')), 'chat', t('ifr.hostile.payload'));
  return (
    <div className="hostile">
      <p>{t('ifr.hostile.intro')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button--danger"
          onClick={() => post(spoofed(), t('ifr.hostile.spoof'))}
        >
          {t('ifr.hostile.spoof')}
        </button>
        <button
          type="button"
          className="button button--danger"
          onClick={() =>
            post('<img src=x onerror="alert(document.domain)">', t('ifr.hostile.garbage'))
          }
        >
          {t('ifr.hostile.garbage')}
        </button>
        <button
          type="button"
          className="button button--danger"
          onClick={() =>
            post(
              envelope(rolePeer('cross', t('ifr.role.cross')), 'chat', 'x'.repeat(100 * 1024)),
              t('ifr.hostile.oversize'),
            )
          }
        >
          {t('ifr.hostile.oversize')}
        </button>
      </div>
      {sent ? (
        <p role="status" className="hint">
          {t('ifr.hostile.sent', { what: sent })}
        </p>
      ) : null}
    </div>
  );
}
