import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTransportFactory } from '../../hooks/use-transport-factory';
import { useTransport } from '../../hooks/use-transports';
import { useT } from '../../i18n/use-t';
import { demoOrigins } from '../../lib/app-config';
import type { Envelope, PeerRef } from '../../shared/envelope';
import { useAppStore } from '../../store';
import type { Transport, TransportEvent, TransportOptions } from '../../lib/transport-types';
import { meta } from './meta';
import { ROLE_NAME, type AckBody } from './roles';
import { createFrameQueues } from './frame-queue';
import {
  envelopeOf,
  FRAME_KEYS,
  frameRefs,
  frameSet,
  frameStates,
  KEY_OF_SENDER,
  recipientOf,
  WRONG_ORIGIN,
  type FrameKey,
  type HostileOrigin,
  type Sources,
  type TargetMode,
} from './frame-set';
import { useHelloDeadline } from './use-hello-deadline';
import { createWindowInboxTransport } from './transport';
import { useDelivery } from './use-delivery';
import { useFramePost } from './use-frame-post';

/** Everything the parent page knows about its frames, and the one inbox that hears them all. */
export function useFrameHost(self: PeerRef) {
  const t = useT();
  const lang = useAppStore((s) => s.settings.lang);
  const presenter = useAppStore((s) => s.settings.presenter);
  const theme = useAppStore((s) => s.settings.theme);
  const origins = useMemo(() => demoOrigins(), []);
  const [verify, setVerify] = useState(true);
  const [mode, setMode] = useState<TargetMode>('exact');
  const [crossAway, setCrossAway] = useState(false);
  const [hostile, setHostile] = useState<HostileOrigin | null>(null);
  // A frame is ready when the document now in it said hello, late when it did not in time.
  const [readyFor, setReadyFor] = useState<Partial<Sources>>({});
  const [lateFor, setLateFor] = useState<Partial<Sources>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const refs = useMemo(() => frameRefs(), []);
  const delivery = useDelivery(self);
  // Messages for frames that have not said hello yet, and the origin each frame said hello from.
  const queues = useMemo(() => createFrameQueues(), []);
  const helloOrigin = useRef<Partial<Record<FrameKey, string>>>({});
  const { expected, src } = frameSet(origins, { lang, presenter, theme }, crossAway, hostile);
  const states = frameStates(src, readyFor, lateFor);

  // The transport is created once; it reads the page's current settings through this ref.
  const inbox = t('ifr.inbox');
  const latest = useRef({ verify, mode, crossAway, src, readyFor, lateFor, expected, inbox });
  useEffect(() => {
    latest.current = { verify, mode, crossAway, src, readyFor, lateFor, expected, inbox };
  });
  const read = useCallback(() => latest.current, []);
  const targetOrigin = useCallback((key: FrameKey) => {
    const { mode: current, expected: origin } = latest.current;
    return current === 'star' ? '*' : current === 'wrong' ? WRONG_ORIGIN : origin[key];
  }, []);
  const frameName = useCallback(
    (key: FrameKey) =>
      t(ROLE_NAME[key === 'cross' && latest.current.crossAway ? 'navigated' : key]),
    [t],
  );

  const ownInbox = useCallback(
    (options: TransportOptions) =>
      createWindowInboxTransport({
        ...options,
        targets: () =>
          new Map(
            FRAME_KEYS.map((k) => [
              recipientOf(k),
              {
                window: refs[k].current?.contentWindow ?? null,
                targetOrigin: targetOrigin(k),
                label: frameName(k),
              },
            ]),
          ),
        trusted: () => [origins.app, origins.foreign],
        verify: () => latest.current.verify,
        label: () => latest.current.inbox,
      }),
    [refs, targetOrigin, frameName, origins],
  );
  const create = useTransportFactory(ownInbox);
  // Window `message` events the inbox turned into messages (received or refused); port traffic
  // never counts. Read by the port panel when the transport says something happened.
  const windowMessages = useRef(0);

  /** Posts now and waits for the receipt (use-delivery.ts). */
  const deliver = useCallback(
    (inbox: Transport, key: FrameKey, message: Envelope) => {
      const result = inbox.send(message);
      if (result.ok) {
        const from = helloOrigin.current[key];
        delivery.track(message, frameName(key), targetOrigin(key), undefined, from);
      }
      return result;
    },
    [delivery, frameName, targetOrigin],
  );

  const onEvent = useCallback(
    (_address: string, event: TransportEvent, inbox: Transport) => {
      if (event.type === 'received' || event.type === 'rejected') windowMessages.current++;
      // Hellos and receipts count even when the origin check refused them: they show what happened.
      const envelope = envelopeOf(event);
      if (!envelope) return;
      const trusted = event.type === 'received' && !event.unverified;
      const origin =
        event.type === 'received' || event.type === 'rejected' ? event.origin : undefined;
      const key = KEY_OF_SENDER[envelope.sender.id];
      if (envelope.kind === 'hello' && key) {
        if (origin !== undefined) helloOrigin.current[key] = origin;
        latest.current.readyFor = { ...latest.current.readyFor, [key]: latest.current.src[key] };
        setReadyFor((r) => ({ ...r, [key]: latest.current.src[key] }));
        for (const waiting of queues.release(key)) deliver(inbox, key, waiting);
      }
      if (envelope.kind === 'ack') delivery.acknowledge(envelope.body as AckBody, origin, trusted);
      if (event.type === 'received' && event.unverified && envelope.kind === 'chat')
        setAlert(
          t('ifr.unverifiedAlert', { origin: event.origin ?? '?', name: envelope.sender.name }),
        );
    },
    [delivery, t, queues, deliver],
  );

  const transport = useTransport({
    mechanism: meta.id,
    self,
    // A fixed address: a translated one would reopen the inbox when the language changes.
    address: 'inbox',
    create,
    onEvent,
  });

  // A frame that does not say hello in time is reported, not waited for forever.
  useHelloDeadline({
    srcKey: FRAME_KEYS.map((k) => src[k]).join('|'),
    refs,
    read,
    self,
    frameName,
    queues,
    onLate: (late) => setLateFor((l) => ({ ...l, ...late })),
  });
  const post = useFramePost({ transport, deliver, queues, delivery, frameName, self, read });

  return {
    origins,
    transport,
    post,
    refs,
    src,
    states,
    expected,
    verify,
    setVerify,
    mode,
    setMode,
    crossAway,
    setCrossAway,
    hostile,
    setHostile,
    alert,
    setAlert,
    targetOrigin,
    frameName,
    delivery,
    windowMessages: () => windowMessages.current,
  };
}

export type FrameHost = ReturnType<typeof useFrameHost>;
