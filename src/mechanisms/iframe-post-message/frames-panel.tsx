import './frames.css';
import { logFromPage } from '../../hooks/page-log';
import { useId, useState } from 'react';
import { Notice, type Tone } from '../../components/notice';
import { useT } from '../../i18n/use-t';
import type { PeerRef } from '../../shared/envelope';
import { meta } from './meta';
import { readFrameTitle } from './transport';
import type { FrameKey, HostileOrigin } from './frame-set';
import type { FrameHost } from './use-frame-host';

const SANDBOX = 'allow-scripts';

type CardProps = { host: FrameHost; k: FrameKey; sandboxed?: boolean; target?: boolean };

function FrameCard({ host, k, sandboxed, target }: CardProps) {
  const t = useT();
  const state = host.states[k];
  const src = host.src[k];
  if (!src) return null;
  const origin = sandboxed ? 'null' : new URL(src).origin;
  return (
    <figure className={`frame-card frame-card--${k}${target ? ' frame-card--target' : ''}`}>
      <figcaption>
        <strong>{host.frameName(k)}</strong> <code>{origin}</code>{' '}
        {state ? (
          <span className={`tag tag--${state}`} data-testid="frame-state">
            {t(`ifr.state.${state}`)}
          </span>
        ) : null}
        {target ? <span className="tag tag--target">{t('ifr.sendsHere')}</span> : null}
        {sandboxed ? <span className="hint"> sandbox="{SANDBOX}"</span> : null}
      </figcaption>
      <iframe
        ref={host.refs[k]}
        src={src}
        title={host.frameName(k)}
        sandbox={sandboxed ? SANDBOX : undefined}
      />
    </figure>
  );
}

export function FramesPanel({ host, self, to }: { host: FrameHost; self: PeerRef; to: FrameKey }) {
  const t = useT();
  const id = useId();
  const [read, setRead] = useState<{ tone: Tone; text: string } | null>(null);
  const hostileChoices: Array<[HostileOrigin, string]> = [
    ['otherHost', t('ifr.hostileFrom.otherHost', { origin: host.origins.otherHost })],
    ['suffix', t('ifr.hostileFrom.suffix', { origin: host.origins.suffix })],
    ['opaque', t('ifr.hostileFrom.opaque')],
  ];

  const readDocument = (k: FrameKey) => {
    const result = readFrameTitle(host.refs[k].current);
    if (result.ok) {
      logFromPage(meta.id, self, {
        direction: 'status',
        to: host.frameName(k),
        summary: t('ifr.read.ok', { title: result.title }),
      });
      setRead({ tone: 'success', text: t('ifr.read.ok', { title: result.title }) });
    } else {
      logFromPage(meta.id, self, {
        direction: 'error',
        to: host.frameName(k),
        summary: `${result.error.name}: ${result.error.message}`,
        reason: result.error.name,
      });
      setRead({ tone: 'error', text: t('ifr.read.blocked', { name: result.error.name }) });
    }
  };

  return (
    <section className="panel panel--wide frames-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('ifr.framesTitle')}</h2>
      <div className="frames">
        <FrameCard host={host} k="same" target={to === 'same'} />
        <FrameCard host={host} k="cross" target={to === 'cross'} />
        <FrameCard host={host} k="sandboxed" sandboxed target={to === 'sandboxed'} />
        {host.hostile ? (
          <FrameCard host={host} k="hostile" sandboxed={host.hostile === 'opaque'} />
        ) : null}
      </div>
      <div className="button-row">
        <button type="button" className="button" onClick={() => readDocument('same')}>
          {t('ifr.read.same')}
        </button>
        <button type="button" className="button" onClick={() => readDocument('cross')}>
          {t('ifr.read.cross')}
        </button>
        <button type="button" className="button" onClick={() => host.setCrossAway(!host.crossAway)}>
          {host.crossAway
            ? t('ifr.navigate.back')
            : t('ifr.navigate.away', { origin: host.origins.otherHost })}
        </button>
      </div>
      {read ? <Notice tone={read.tone}>{read.text}</Notice> : null}
      <fieldset className="stacked">
        <legend>{t('ifr.hostileTitle')}</legend>
        <label>
          <input
            type="radio"
            name={`${id}-hostile`}
            checked={host.hostile === null}
            onChange={() => host.setHostile(null)}
          />{' '}
          {t('ifr.hostileFrom.none')}
        </label>
        {hostileChoices.map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name={`${id}-hostile`}
              checked={host.hostile === value}
              onChange={() => host.setHostile(value)}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
