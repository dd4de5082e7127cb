import './i18n';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { CodePanel } from '../../components/code-panel';
import { KeepWhole } from '../../components/keep-whole';
import { MechanismHeader } from '../../components/mechanism-header';
import { SendForm, type SendOutcome } from '../../components/send-form';
import { useSelf } from '../../hooks/use-self';
import { useTransport } from '../../hooks/use-transports';
import { useT } from '../../i18n/use-t';
import { createEnvelopeFactory } from '../../lib/envelope-factory';
import { safeStorage, type StorageArea } from '../../lib/safe-storage';
import type { TransportEvent } from '../../lib/transport-types';
import { storageEventCode } from './code';
import { StorageEditor } from './editor';
import { meta } from './meta';
import { QuotaPanel } from './quota-panel';
import { SameTabFrame } from './same-tab-frame';
import { StorageEventsTable, StorageItemsTable, type SeenStorageEvent } from './storage-tables';
import { createStorageEventTransport, type StorageEventDetail } from './transport';

const KEEP_EVENTS = 20;

export default function StorageEventPage() {
  const t = useT();
  const id = useId();
  const self = useSelf();
  const [area, setArea] = useState<StorageArea>('local');
  const [key, setKey] = useState('demo-key');
  const [version, setVersion] = useState(0);
  const [seen, setSeen] = useState<readonly SeenStorageEvent[]>([]);
  const counter = useRef(0);
  const envelope = useRef(createEnvelopeFactory(meta.id));
  const changed = useCallback(() => setVersion((v) => v + 1), []);

  const onEvent = useCallback(
    (_address: string, event: TransportEvent) => {
      if (event.type !== 'received' || !event.detail) return;
      const detail = event.detail as StorageEventDetail;
      setSeen((list) =>
        [{ ...detail, at: event.at, n: ++counter.current }, ...list].slice(0, KEEP_EVENTS),
      );
      changed();
    },
    [changed],
  );

  const transport = useTransport({
    mechanism: meta.id,
    self,
    address: meta.defaultAddress,
    create: createStorageEventTransport,
    onEvent,
  });

  const send = (value: unknown): SendOutcome => {
    if (!transport) return { ok: false, message: t('send.notReady') };
    const result = transport.send(envelope.current(self, 'chat', value));
    changed();
    if (result.ok) return { ok: true, note: t('se.sentNote', { key: meta.defaultAddress }) };
    return {
      ok: false,
      message: t(result.error.name === 'QuotaExceededError' ? 'se.quotaError' : 'se.storageError', {
        name: result.error.name,
      }),
    };
  };

  // Re-read the area whenever this page or another tab changed it.
  const items = useMemo(() => {
    void version;
    const entries = safeStorage.entries(area);
    return entries.ok ? entries.value : [];
  }, [area, version]);

  return (
    <article className="mechanism-page">
      <MechanismHeader meta={meta} />
      <div className="panels">
        <section className="panel" aria-labelledby={`${id}-send`}>
          <h2 id={`${id}-send`}>{t('se.sendTitle')}</h2>
          <p className="hint">
            <KeepWhole
              text={t('se.sendHint', { key: meta.defaultAddress })}
              whole={`localStorage["${meta.defaultAddress}"]`}
            />
          </p>
          <SendForm onSend={send} />
        </section>
        <section className="panel panel--tall" aria-labelledby={`${id}-editor`}>
          <h2 id={`${id}-editor`}>{t('se.editorTitle')}</h2>
          <StorageEditor
            self={self}
            area={area}
            onAreaChange={setArea}
            storageKey={key}
            onKeyChange={setKey}
            onChanged={changed}
          />
          <StorageItemsTable
            items={items}
            caption={t('se.itemsIn', {
              area: area === 'local' ? 'localStorage' : 'sessionStorage',
            })}
          />
        </section>
        <section className="panel" aria-labelledby={`${id}-quota`}>
          <h2 id={`${id}-quota`}>{t('se.quotaTitle')}</h2>
          <QuotaPanel self={self} version={version} onChanged={changed} />
        </section>
        <section className="panel panel--wide" aria-labelledby={`${id}-events`}>
          <h2 id={`${id}-events`}>{t('se.eventsTitle')}</h2>
          <p className="hint">{t('se.eventsHint')}</p>
          <StorageEventsTable events={seen} />
          <SameTabFrame />
        </section>
        <CodePanel code={storageEventCode(key || meta.defaultAddress, area)} />
      </div>
    </article>
  );
}
