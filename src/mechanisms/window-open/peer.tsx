import '../../components/peer-panel.css';
import './i18n';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Notice } from '../../components/notice';
import { PeerBadge } from '../../components/peer-badge';
import { SendForm } from '../../components/send-form';
import { useTransport } from '../../hooks/use-transports';
import { useT } from '../../i18n/use-t';
import { preview } from '../../lib/describe-value';
import { createEnvelopeFactory } from '../../lib/envelope-factory';
import type { Transport, TransportEvent } from '../../lib/transport-types';
import { meta } from './meta';
import { popupPeer } from './roles';
import { createPopupTransport, openerFacts } from './transport';
import { KeepWhole } from '../../components/keep-whole';

function openerOrigin(): string {
  try {
    return new URL(new URLSearchParams(window.location.search).get('opener') ?? '').origin;
  } catch {
    return '';
  }
}

/** The page inside each popup: it says "ready" to its opener, and confirms what it receives. */
export default function PopupPeer() {
  const t = useT();
  const id = useId();
  const n = useMemo(
    () => Math.max(1, Number(new URLSearchParams(window.location.search).get('n')) || 1),
    [],
  );
  const self = useMemo(() => popupPeer(n, t('pop.popupName', { n })), [n, t]);
  const origin = useMemo(() => openerOrigin(), []);
  const facts = useMemo(() => openerFacts(), []);
  const [lines, setLines] = useState<ReadonlyArray<{ n: number; text: string }>>([]);
  const counter = useRef(0);
  const envelope = useRef(createEnvelopeFactory(meta.id));

  const onEvent = useCallback(
    (_address: string, event: TransportEvent, transport: Transport) => {
      const reply = (kind: string, body: unknown) =>
        transport.send(envelope.current(self, kind, body, 'opener'));
      if (event.type === 'status' && event.status === 'open' && facts.hasOpener)
        reply('hello', { ready: true });
      if (event.type !== 'received' || event.envelope?.kind !== 'chat') return;
      setLines((list) =>
        [{ n: ++counter.current, text: preview(event.envelope?.body, 120) }, ...list].slice(0, 12),
      );
      reply('ack', { of: event.envelope.id, receivedAt: event.at });
    },
    [self, facts.hasOpener],
  );
  const transport = useTransport({
    mechanism: meta.id,
    self,
    address: origin || 'null',
    create: createPopupTransport,
    onEvent,
  });

  // pagehide: the opener hears that this page is going (a reload or navigation comes back with a new hello).
  useEffect(() => {
    if (!transport || !facts.hasOpener) return;
    const goodbye = () => transport.send(envelope.current(self, 'goodbye', {}, 'opener'));
    window.addEventListener('pagehide', goodbye);
    return () => window.removeEventListener('pagehide', goodbye);
  }, [transport, self, facts.hasOpener]);

  return (
    <article className="frame-peer popup-peer" aria-labelledby={`${id}-title`}>
      <header className="frame-peer__header">
        <h1 id={`${id}-title`} className="frame-peer__title">
          <PeerBadge peer={self} />
        </h1>
      </header>
      <dl className="facts">
        <div>
          <dt translate="no">window.opener</dt>
          <dd data-testid="opener">
            {/* The origin and the bracket after it on one line: "）" alone on a line in Chinese. */}
            {facts.hasOpener ? (
              <KeepWhole text={t('pop.peer.hasOpener', { origin })} whole={origin} />
            ) : (
              'null'
            )}
          </dd>
        </div>
        <div>
          <dt translate="no">document.referrer</dt>
          <dd>{facts.referrer || t('pop.peer.noReferrer')}</dd>
        </div>
      </dl>
      {facts.hasOpener ? null : <Notice tone="warning">{t('pop.peer.noOpener')}</Notice>}
      <SendForm
        allowJson={false}
        placeholder={t('pop.peer.placeholder')}
        disabled={!facts.hasOpener}
        onSend={(value) => {
          const result = transport?.send(envelope.current(self, 'chat', value, 'opener'));
          return result?.ok ? { ok: true } : { ok: false, message: t('pop.peer.cannotSend') };
        }}
      />
      <h2 className="frame-peer__subtitle">{t('pop.peer.received')}</h2>
      <ul className="frame-peer__lines" aria-label={t('pop.peer.received')}>
        {lines.length === 0 ? <li className="hint">{t('pop.peer.nothing')}</li> : null}
        {lines.map((line) => (
          <li key={line.n}>{line.text}</li>
        ))}
      </ul>
    </article>
  );
}
