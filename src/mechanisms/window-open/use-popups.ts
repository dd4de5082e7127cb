import { logFromPage } from '../../hooks/page-log';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTransport } from '../../hooks/use-transports';
import { useT } from '../../i18n/use-t';
import type { MessageKey } from '../../i18n/dictionary';
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
  isClosed,
  openPopup,
  type PopupFeatures,
} from '../../lib/window-messaging/popup';
import { createOpenerTransport } from './transport';

const envelope = createEnvelopeFactory(meta.id);
export const RECEIPT_TIMEOUT_MS = 2000;
type Live = { window: Window | null; queue: ReadyQueue<Envelope> };
export type Notice = { tone: 'info' | 'success' | 'warning' | 'error'; text: string };

/** The opener's side: its popups, a ready-queue for each, and the one inbox that hears them. */
export function usePopups(self: PeerRef) {
  const t = useT();
  const lang = useAppStore((s) => s.settings.lang);
  const [popups, setPopups] = useState<readonly PopupInfo[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const live = useRef(new Map<string, Live>());
  const receipts = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const log = useCallback(
    (
      direction: 'status' | 'error',
      to: string,
      key: MessageKey,
      params: Record<string, string | number>,
      reason?: string,
    ) => {
      logFromPage(meta.id, self, {
        direction,
        to,
        summary: t(key, params),
        reason,
      });
    },
    [self, t],
  );
  const update = (id: string, patch: Partial<PopupInfo>) =>
    setPopups((list) => list.map((p) => (p.id === id ? { ...p, ...patch } : p)));
  const nameOf = useCallback(
    (id: string) => t('pop.popupName', { n: id.replace('popup-', '') }),
    [t],
  );

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
      if (kind === 'ack') {
        const of = (body as { of?: string }).of ?? '';
        clearTimeout(receipts.current.get(of));
        receipts.current.delete(of);
      }
      const entry = live.current.get(sender.id);
      if (!entry) return;
      if (kind === 'hello') {
        // The handshake: now the popup listens, so what waited can go.
        const delivered = entry.queue.markReady((queued) => inbox.send(queued));
        update(sender.id, { state: 'ready', queued: 0 });
        if (delivered)
          log('status', nameOf(sender.id), 'pop.flushed', {
            count: delivered,
            name: nameOf(sender.id),
          });
      }
      if (kind === 'goodbye') {
        entry.queue.reset();
        update(sender.id, { state: 'opening' });
      }
    },
    [log, nameOf],
  );

  const transport = useTransport({
    mechanism: meta.id,
    self,
    address: 'inbox',
    create,
    onEvent,
  });

  // No event tells an opener that its popup closed: it has to look.
  useEffect(() => {
    const timer = setInterval(() => {
      for (const [id, entry] of live.current) {
        if (!entry.window || !isClosed(entry.window)) continue;
        entry.window = null;
        const lost = entry.queue.drain();
        update(id, { state: 'closed', queued: 0 });
        log(
          lost.length ? 'error' : 'status',
          nameOf(id),
          lost.length ? 'pop.closedWithQueue' : 'pop.closed',
          { name: nameOf(id), count: lost.length },
          lost.length ? 'popup-closed' : undefined,
        );
      }
    }, 500);
    const pending = receipts.current;
    return () => {
      clearInterval(timer);
      pending.forEach(clearTimeout);
    };
  }, [log, nameOf]);

  function open(name: string, features: PopupFeatures): PopupInfo | null {
    const existing = popups.find(
      (p) => p.name === name && p.state !== 'closed' && p.state !== 'no-handle',
    );
    const n = existing?.n ?? popups.length + 1;
    const id = `popup-${n}`;
    const result = openPopup(popupUrl(window.location.origin, n, lang), name, features);
    if (result.kind === 'blocked' || result.kind === 'error') {
      const text =
        result.kind === 'blocked'
          ? t('pop.blocked')
          : t('send.failed', { name: result.error.name, message: result.error.message });
      log(
        'error',
        name,
        result.kind === 'blocked' ? 'pop.blocked' : 'pop.openFailed',
        { name },
        result.kind === 'blocked' ? 'popup-blocked' : undefined,
      );
      setNotice({ tone: 'error', text });
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
    log(
      'status',
      nameOf(id),
      existing ? 'pop.reused' : handle ? 'pop.opened' : 'pop.openedNoHandle',
      { name: nameOf(id), window: name },
    );
    setNotice(
      handle
        ? {
            tone: 'success',
            text: t(existing ? 'pop.reused' : 'pop.opened', { name: nameOf(id), window: name }),
          }
        : { tone: 'warning', text: t('pop.noHandleNote') },
    );
    return info;
  }

  /** Sends to one popup; with the handshake, waits for its hello instead of posting into the void. */
  function send(id: string, body: unknown, handshake = true): Notice {
    const entry = live.current.get(id);
    if (!entry?.window) return { tone: 'error', text: t('pop.cannotReach', { name: nameOf(id) }) };
    const message = envelope(self, 'chat', body, id);
    if (!handshake) {
      transport?.send(message);
      receipts.current.set(
        message.id,
        setTimeout(
          () => log('error', nameOf(id), 'pop.noReceipt', { name: nameOf(id) }, 'not-listening'),
          RECEIPT_TIMEOUT_MS,
        ),
      );
      return { tone: 'info', text: t('pop.sentNoHandshake', { name: nameOf(id) }) };
    }
    const outcome = entry.queue.offer(message, (m) => transport?.send(m));
    if (outcome === 'refused')
      return { tone: 'error', text: t('pop.queueFull', { name: nameOf(id) }) };
    // Only a queued message changes the list: a message posted now leaves the count at 0, and a
    // state update here would redraw the whole page before the popup's receipt can be handled.
    if (outcome === 'queued') {
      update(id, { queued: entry.queue.size });
      log('status', nameOf(id), 'pop.queued', { name: nameOf(id), count: entry.queue.size });
    }
    return outcome === 'queued'
      ? { tone: 'info', text: t('pop.queued', { name: nameOf(id), count: entry.queue.size }) }
      : { tone: 'success', text: t('pop.sent', { name: nameOf(id) }) };
  }

  const focus = (id: string) => focusWindow(live.current.get(id)?.window ?? null);
  const close = (id: string) => closeWindow(live.current.get(id)?.window ?? null);
  return { popups, open, send, focus, close, notice, setNotice, nameOf };
}
