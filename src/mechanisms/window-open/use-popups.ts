import { useCallback, useEffect, useRef, useState } from 'react';
import { useTransport } from '../../hooks/use-transports';
import { useT } from '../../i18n/use-t';
import { createEnvelopeFactory } from '../../lib/envelope-factory';
import { ReadyQueue } from '../../lib/ready-queue';
import type { Envelope, PeerRef } from '../../shared/envelope';
import { useAppStore } from '../../store';
import type { Transport, TransportEvent, TransportOptions } from '../../lib/transport-types';
import { meta } from './meta';
import { popupUrl, type PopupInfo } from './roles';
import {
  closeWindow,
  focusWindow,
  openPopup,
  type PopupFeatures,
} from '../../lib/window-messaging/popup';
import { createOpenerTransport } from './transport';
import { useClosedWatch, type LivePopup } from './use-closed-watch';
import { usePopupLog } from './use-popup-log';
import { useReceipts } from './use-receipts';

const envelope = createEnvelopeFactory(meta.id);
const FLUSHED = { one: 'pop.flushedOne', other: 'pop.flushed' } as const;
const CLOSED_WITH_QUEUE = { one: 'pop.closedWithQueueOne', other: 'pop.closedWithQueue' } as const;
export type Notice = { tone: 'info' | 'success' | 'warning' | 'error'; text: string };

/** The opener's side: its popups, a ready-queue for each, and the one inbox that hears them. */
export function usePopups(self: PeerRef) {
  const t = useT();
  const lang = useAppStore((s) => s.settings.lang);
  const [popups, setPopups] = useState<readonly PopupInfo[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const live = useRef(new Map<string, LivePopup>());
  const receipts = useReceipts();
  const { log, nameOf } = usePopupLog(self);
  const update = (id: string, patch: Partial<PopupInfo>) =>
    setPopups((list) => list.map((p) => (p.id === id ? { ...p, ...patch } : p)));

  // The inbox's address is fixed (a translated one would reopen it when the language changes);
  // its label follows the language.
  const inboxLabel = useRef(t('pop.inbox'));
  useEffect(() => {
    inboxLabel.current = t('pop.inbox');
  });
  const create = useCallback(
    (options: TransportOptions) =>
      createOpenerTransport({
        ...options,
        popups: () => new Map([...live.current].map(([id, p]) => [id, p.window])),
        trusted: () => [window.location.origin],
        label: () => inboxLabel.current,
      }),
    [],
  );

  const onEvent = useCallback(
    (_address: string, event: TransportEvent, inbox: Transport) => {
      if (event.type !== 'received' || !event.envelope) return;
      const { kind, sender, body } = event.envelope;
      if (kind === 'ack') receipts.settle((body as { of?: string }).of ?? '');
      const entry = live.current.get(sender.id);
      if (!entry) return;
      if (kind === 'hello') {
        // The handshake: now the popup listens, so what waited can go.
        const delivered = entry.queue.markReady((queued) => inbox.send(queued));
        update(sender.id, { state: 'ready', queued: 0 });
        if (delivered)
          log('status', nameOf(sender.id), FLUSHED, {
            count: delivered,
            name: nameOf(sender.id),
          });
      }
      if (kind === 'goodbye') {
        entry.queue.reset();
        update(sender.id, { state: 'opening' });
      }
    },
    [log, nameOf, receipts],
  );

  const transport = useTransport({
    mechanism: meta.id,
    self,
    address: 'inbox',
    create,
    onEvent,
  });

  const onClosed = useCallback(
    (id: string, lost: readonly Envelope[]) => {
      update(id, { state: 'closed', queued: 0 });
      const name = nameOf(id);
      if (lost.length)
        log('error', name, CLOSED_WITH_QUEUE, { name, count: lost.length }, 'popup-closed');
      else log('status', name, 'pop.closed', { name, count: 0 });
    },
    [log, nameOf],
  );
  useClosedWatch(live, onClosed);

  function open(name: string, features: PopupFeatures): PopupInfo | null {
    const existing = popups.find(
      (p) => p.name === name && p.state !== 'closed' && p.state !== 'no-handle',
    );
    const n = existing?.n ?? popups.length + 1;
    const id = `popup-${n}`;
    const result = openPopup(popupUrl(window.location.origin, n, lang), name, features);
    if (result.kind === 'blocked' || result.kind === 'error') {
      const blocked = result.kind === 'blocked';
      log(
        'error',
        name,
        blocked ? 'pop.blocked' : 'pop.openFailed',
        { name },
        blocked ? 'popup-blocked' : undefined,
      );
      setNotice({
        tone: 'error',
        text: blocked
          ? t('pop.blocked')
          : t('send.failed', { name: result.error.name, message: result.error.message }),
      });
      return null;
    }
    const handle = result.kind === 'opened' ? result.window : null;
    const queue = live.current.get(id)?.queue ?? new ReadyQueue<Envelope>();
    queue.reset(); // a reused window loads the page again: wait for its next hello
    live.current.set(id, { window: handle, queue });
    const info: PopupInfo = {
      id,
      n,
      name,
      state: handle ? 'opening' : 'no-handle',
      queued: queue.size,
      opens: (existing?.opens ?? 0) + 1,
    };
    setPopups((list) => (existing ? list.map((p) => (p.id === id ? info : p)) : [...list, info]));
    const said = existing ? 'pop.reused' : handle ? 'pop.opened' : 'pop.openedNoHandle';
    log('status', nameOf(id), said, { name: nameOf(id), window: name });
    setNotice(
      handle
        ? { tone: 'success', text: t(said, { name: nameOf(id), window: name }) }
        : { tone: 'warning', text: t('pop.noHandleNote') },
    );
    return info;
  }

  /** Sends to one popup; with the handshake, waits for its hello instead of posting into the void. */
  function send(id: string, body: unknown, handshake = true): Notice {
    const entry = live.current.get(id);
    const name = nameOf(id);
    if (!entry?.window) return { tone: 'error', text: t('pop.cannotReach', { name }) };
    const message = envelope(self, 'chat', body, id);
    if (!handshake) {
      transport?.send(message);
      receipts.expect(message.id, () =>
        log('error', name, 'pop.noReceipt', { name }, 'not-listening'),
      );
      return { tone: 'info', text: t('pop.sentNoHandshake', { name }) };
    }
    const outcome = entry.queue.offer(message, (m) => transport?.send(m));
    if (outcome === 'refused') return { tone: 'error', text: t('pop.queueFull', { name }) };
    // Only a queued message changes the list: a message posted now leaves the count at 0, and a
    // state update here would redraw the whole page before the popup's receipt can be handled.
    if (outcome === 'queued') {
      update(id, { queued: entry.queue.size });
      log('status', name, 'pop.queued', { name, count: entry.queue.size });
    }
    return outcome === 'queued'
      ? { tone: 'info', text: t('pop.queued', { name, count: entry.queue.size }) }
      : { tone: 'success', text: t('pop.sent', { name }) };
  }

  const focus = (id: string) => focusWindow(live.current.get(id)?.window ?? null);
  const close = (id: string) => closeWindow(live.current.get(id)?.window ?? null);
  return { popups, open, send, focus, close, notice, setNotice, nameOf };
}
