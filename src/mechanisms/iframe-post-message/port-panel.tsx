import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
  type FormEvent,
} from 'react';
import { Notice } from '../../components/notice';
import { pipeTransport } from '../../hooks/transport-pipeline';
import { useT } from '../../i18n/use-t';
import { createEnvelopeFactory } from '../../lib/envelope-factory';
import type { PeerRef } from '../../shared/envelope';
import type { Transport } from '../../lib/transport-types';
import { FramePicker } from './frame-picker';
import { meta } from './meta';
import { createPortTransport } from './transport';
import { recipientOf, type FrameKey } from './frame-set';
import type { FrameHost } from './use-frame-host';

const envelope = createEnvelopeFactory(meta.id);

/** A MessageChannel gives two windows a private pipe: its messages never reach window `message`. */
export function PortPanel({ host, self }: { host: FrameHost; self: PeerRef }) {
  const t = useT();
  const id = useId();
  const [to, setTo] = useState<FrameKey>('cross');
  const [text, setText] = useState('');
  const [portMessages, setPortMessages] = useState(0);
  const [handed, setHanded] = useState<string | null>(null);
  const port = useRef<Transport | null>(null);
  useEffect(() => () => port.current?.close(), []);
  // Every window `message` event the inbox sees updates this count; port messages never do.
  const inbox = host.transport;
  const windowMessages = useSyncExternalStore(
    useCallback((notify: () => void) => inbox?.subscribe(notify) ?? (() => undefined), [inbox]),
    host.windowMessages,
  );

  function hand() {
    const channel = new MessageChannel();
    // port2 is transferred: after this, only the frame can use it.
    const result = host.transport?.send(
      envelope(self, 'port', { note: 'a MessagePort for you' }, recipientOf(to)),
      [channel.port2],
    );
    if (!result?.ok) return;
    port.current?.close();
    const transport = createPortTransport({
      self,
      address: `MessagePort ↔ ${host.frameName(to)}`,
      port: channel.port1,
    });
    pipeTransport(transport, {
      mechanism: meta.id,
      key: transport.label,
      self: () => self,
      onEvent: (event) => {
        if (event.type === 'received') setPortMessages((n) => n + 1);
      },
    });
    transport.connect();
    port.current = transport;
    setHanded(host.frameName(to));
  }

  function sendOverPort(event: FormEvent) {
    event.preventDefault();
    if (!port.current || !text) return;
    port.current.send(envelope(self, 'chat', text));
    setText('');
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('ifr.portTitle')}</h2>
      <p className="hint">{t('ifr.portHint')}</p>
      <div className="inline-form">
        <FramePicker id={`${id}-to`} host={host} value={to} onChange={setTo} />
        <button type="button" className="button" onClick={hand}>
          {t('ifr.handPort')}
        </button>
      </div>
      {handed ? <Notice tone="success">{t('ifr.portHanded', { frame: handed })}</Notice> : null}
      <form className="inline-form" onSubmit={sendOverPort}>
        <label htmlFor={`${id}-text`}>{t('ifr.portMessage')}</label>
        <input
          id={`${id}-text`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          disabled={!handed}
        />
        <button type="submit" className="button" disabled={!handed}>
          {t('ifr.sendOverPort')}
        </button>
      </form>
      <dl className="facts" aria-label={t('ifr.counters')}>
        <div>
          <dt>{t('ifr.count.window')}</dt>
          <dd data-testid="window-count">{windowMessages}</dd>
        </div>
        <div>
          <dt>{t('ifr.count.port')}</dt>
          <dd data-testid="port-count">{portMessages}</dd>
        </div>
      </dl>
    </section>
  );
}
