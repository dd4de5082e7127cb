import '../../components/peer-panel.css';
import './i18n';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { PeerBadge } from '../../components/peer-badge';
import { failedOutcome, SendForm } from '../../components/send-form';
import { pipeTransport } from '../../hooks/transport-pipeline';
import { useTransport } from '../../hooks/use-transports';
import { useT } from '../../i18n/use-t';
import { createEnvelopeFactory } from '../../lib/envelope-factory';
import { preview } from '../../lib/describe-value';
import type { Transport, TransportEvent } from '../../lib/transport-types';
import { HostileControls } from './hostile-controls';
import { meta } from './meta';
import { parseRole, rolePeer, ROLE_NAME, type AckBody } from './roles';
import { createFrameChildTransport, createPortTransport } from './transport';

type Line = { n: number; text: string; via: 'window' | 'port' | 'rejected' };

function parentOriginFromUrl(): string {
  const given = new URLSearchParams(window.location.search).get('parent') ?? '';
  try {
    return new URL(given).origin;
  } catch {
    return '';
  }
}

/** The page inside each frame: a small chat panel that confirms what it receives. */
export default function FramePeer() {
  const t = useT();
  const id = useId();
  const role = useMemo(
    () => parseRole(new URLSearchParams(window.location.search).get('role')),
    [],
  );
  const parentOrigin = useMemo(() => parentOriginFromUrl(), []);
  const self = useMemo(() => rolePeer(role, t(ROLE_NAME[role])), [role, t]);
  const [lines, setLines] = useState<readonly Line[]>([]);
  const counter = useRef(0);
  const envelope = useRef(createEnvelopeFactory(meta.id));
  const port = useRef<Transport | null>(null);
  const add = (text: string, via: Line['via']) =>
    setLines((list) => [{ n: ++counter.current, text, via }, ...list].slice(0, 12));

  const onEvent = useCallback(
    (_address: string, event: TransportEvent, transport: Transport) => {
      const reply = (kind: string, body: unknown) =>
        transport.send(envelope.current(self, kind, body, 'parent'));
      if (event.type === 'status' && event.status === 'open')
        reply('hello', { origin: window.origin });
      if (event.type === 'rejected')
        add(t('ifr.peer.rejected', { origin: event.origin ?? '?' }), 'rejected');
      if (event.type !== 'received' || !event.envelope) return;
      const { kind, body, id: of } = event.envelope;
      if (kind === 'port' && event.ports?.[0]) {
        port.current?.close();
        const channel = createPortTransport({ self, address: 'MessagePort', port: event.ports[0] });
        pipeTransport(channel, {
          mechanism: meta.id,
          key: 'MessagePort',
          self: () => self,
          onEvent: (portEvent) => {
            if (portEvent.type !== 'received' || !portEvent.envelope) return;
            add(preview(portEvent.envelope.body, 120), 'port');
            channel.send(
              envelope.current(self, 'chat', `echo: ${preview(portEvent.envelope.body, 200)}`),
            );
          },
        });
        channel.connect();
        port.current = channel;
        add(t('ifr.peer.gotPort'), 'port');
        return;
      }
      if (kind !== 'chat' && kind !== 'buffer') return;
      const ack: AckBody = {
        of,
        receivedAt: event.at,
        ...(body instanceof ArrayBuffer ? { byteLength: body.byteLength } : {}),
      };
      // The receipt first, then the line: setState queues React's render as a task, and a
      // same-origin frame shares the parent's event loop, so a receipt posted after it could wait
      // behind this frame's render (seen for 3 of 60 receipts) before the parent heard it. The
      // line shows all the same. https://html.spec.whatwg.org/multipage/web-messaging.html#posting-messages
      reply('ack', ack);
      add(preview(body, 120), 'window');
    },
    [self, t],
  );

  // Buffers up to 32 MiB may come from the trusted parent (the transfer demo); the origin is checked first.
  const transport = useTransport({
    mechanism: meta.id,
    self,
    address: parentOrigin || 'null',
    create: createFrameChildTransport,
    onEvent,
  });
  useEffect(() => () => port.current?.close(), []);

  // self.origin is the document's real origin: "null" in a sandboxed frame, although
  // location.origin still shows the URL's. https://developer.mozilla.org/en-US/docs/Web/API/Window/origin
  const origin = window.origin === 'null' ? t('ifr.peer.opaque') : window.origin;
  return (
    <article className={`frame-peer frame-peer--${role}`} aria-labelledby={`${id}-title`}>
      <header className="frame-peer__header">
        <h1 id={`${id}-title`} className="frame-peer__title">
          <PeerBadge peer={self} />
        </h1>
        <p className="frame-peer__origin">
          {t('ifr.peer.origin')} <code>{origin}</code>
        </p>
      </header>
      {role === 'hostile' ? (
        <HostileControls />
      ) : (
        <>
          {role === 'navigated' ? (
            <p className="notice notice--warning">{t('ifr.peer.navigatedNote')}</p>
          ) : null}
          {parentOrigin ? null : <p className="notice notice--error">{t('ifr.peer.noParent')}</p>}
          <SendForm
            allowJson={false}
            placeholder={t('ifr.peer.placeholder')}
            onSend={(value) => {
              const result = transport?.send(envelope.current(self, 'chat', value, 'parent'));
              return result?.ok ? { ok: true } : failedOutcome(t, result?.error);
            }}
          />
          <h2 className="frame-peer__subtitle">{t('ifr.peer.received')}</h2>
          <ul className="frame-peer__lines" aria-label={t('ifr.peer.received')}>
            {lines.length === 0 ? <li className="hint">{t('ifr.peer.nothing')}</li> : null}
            {lines.map((line) => (
              <li key={line.n} data-via={line.via}>
                <span className="tag">{t(`ifr.peer.via.${line.via}`)}</span>
                {line.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
