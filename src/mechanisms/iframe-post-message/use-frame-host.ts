import { logFromPage } from '../../hooks/page-log';
import {
  createRef,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import { useTransportFactory } from '../../hooks/use-transport-factory';
import { useTransport } from '../../hooks/use-transports';
import { useT } from '../../i18n/use-t';
import { demoOrigins } from '../../lib/app-config';
import { preview } from '../../lib/describe-value';
import { parseEnvelope, type Envelope, type PeerRef } from '../../shared/envelope';
import { useAppStore } from '../../store';
import type { Transport, TransportEvent, TransportOptions } from '../../lib/transport-types';
import { meta } from './meta';
import { peerUrl, ROLE_NAME, type AckBody } from './roles';
import { createFrameQueues } from './frame-queue';
import { useHelloDeadline } from './use-hello-deadline';
import { createWindowInboxTransport } from './transport';
import { useDelivery } from './use-delivery';

export const FRAME_KEYS = ['same', 'cross', 'sandboxed', 'hostile'] as const;
export type FrameKey = (typeof FRAME_KEYS)[number];
export type TargetMode = 'exact' | 'star' | 'wrong';
export type HostileOrigin = 'otherHost' | 'suffix' | 'opaque';
export type FrameState = 'loading' | 'ready' | 'timeout';
export const WRONG_ORIGIN = 'https://wrong.example';
export const LOAD_TIMEOUT_MS = 6000;

const KEY_OF_SENDER: Record<string, FrameKey> = {
  'frame-same': 'same',
  'frame-cross': 'cross',
  'frame-navigated': 'cross',
  'frame-sandboxed': 'sandboxed',
  'frame-hostile': 'hostile',
};
export const recipientOf = (key: FrameKey) => `frame-${key}`;
type Sources = Record<FrameKey, string | null>;

const envelopeOf = (event: TransportEvent): Envelope | undefined => {
  if (event.type === 'received') return event.envelope;
  if (event.type !== 'rejected') return undefined;
  const parsed = parseEnvelope(event.data);
  return parsed.ok ? parsed.envelope : undefined;
};

/** Everything the parent page knows about its frames, and the one inbox that hears them all. */
export function useFrameHost(self: PeerRef) {
  const t = useT();
  const lang = useAppStore((s) => s.settings.lang);
  const origins = useMemo(() => demoOrigins(), []);
  const [verify, setVerify] = useState(true);
  const [mode, setMode] = useState<TargetMode>('exact');
  const [crossAway, setCrossAway] = useState(false);
  const [hostile, setHostile] = useState<HostileOrigin | null>(null);
  // A frame is ready when the document now in it said hello, late when it did not in time.
  const [readyFor, setReadyFor] = useState<Partial<Sources>>({});
  const [lateFor, setLateFor] = useState<Partial<Sources>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const refs = useMemo(
    () =>
      Object.fromEntries(FRAME_KEYS.map((k) => [k, createRef<HTMLIFrameElement>()])) as Record<
        FrameKey,
        RefObject<HTMLIFrameElement | null>
      >,
    [],
  );
  const delivery = useDelivery(self);
  // Messages for frames that have not said hello yet, and the origin each frame said hello from.
  const queues = useMemo(() => createFrameQueues(), []);
  const helloOrigin = useRef<Partial<Record<FrameKey, string>>>({});

  // What each frame was loaded from, and so the origin an exact targetOrigin names for it.
  const expected: Record<FrameKey, string> = {
    same: origins.app,
    cross: origins.foreign,
    sandboxed: origins.app,
    hostile: origins.otherHost,
  };
  const hostileOrigin =
    hostile === 'suffix' ? origins.suffix : hostile === 'opaque' ? origins.app : origins.otherHost;
  const src: Sources = {
    same: peerUrl(origins.app, 'same', origins.app, lang),
    cross: crossAway
      ? peerUrl(origins.otherHost, 'navigated', origins.app, lang)
      : peerUrl(origins.foreign, 'cross', origins.app, lang),
    sandboxed: peerUrl(origins.app, 'sandboxed', origins.app, lang),
    hostile: hostile ? peerUrl(hostileOrigin, 'hostile', origins.app, lang) : null,
  };
  const states = Object.fromEntries(
    FRAME_KEYS.map((k) => [
      k,
      src[k] && readyFor[k] === src[k]
        ? 'ready'
        : src[k] && lateFor[k] === src[k]
          ? 'timeout'
          : 'loading',
    ]),
  ) as Record<FrameKey, FrameState>;

  // The transport is created once; it reads the page's current settings through this ref.
  const inbox = t('ifr.inbox');
  const latest = useRef({ verify, mode, crossAway, src, readyFor, lateFor, expected, inbox });
  useEffect(() => {
    latest.current = { verify, mode, crossAway, src, readyFor, lateFor, expected, inbox };
  });
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
      if (result.ok)
        delivery.track(
          message,
          frameName(key),
          targetOrigin(key),
          undefined,
          helloOrigin.current[key],
        );
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
      const key = KEY_OF_SENDER[envelope.sender.id];
      if (envelope.kind === 'hello' && key) {
        if (event.type === 'received' || event.type === 'rejected')
          helloOrigin.current[key] = event.origin;
        latest.current.readyFor = { ...latest.current.readyFor, [key]: latest.current.src[key] };
        setReadyFor((r) => ({ ...r, [key]: latest.current.src[key] }));
        for (const waiting of queues.release(key)) deliver(inbox, key, waiting);
      }
      if (envelope.kind === 'ack')
        delivery.acknowledge(
          envelope.body as AckBody,
          event.type === 'received' || event.type === 'rejected' ? event.origin : undefined,
          trusted,
        );
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
    read: () => latest.current,
    self,
    frameName,
    queues,
    onLate: (late) => setLateFor((l) => ({ ...l, ...late })),
  });

  /**
   * The send form's way out: to a frame that said hello now, otherwise queued until it does.
   * Returns what happened, so the form can say it.
   */
  const post = useCallback(
    (key: FrameKey, message: Envelope) => {
      if (!transport) return { ok: false as const, error: undefined };
      const { readyFor: ready, src: current } = latest.current;
      if (current[key] && ready[key] === current[key])
        return { ...deliver(transport, key, message), queued: false };
      // A frame that already missed its hello deadline is not waited for again.
      if (current[key] && latest.current.lateFor[key] === current[key]) {
        const frame = frameName(key);
        const text = t('ifr.neverReady', { frame, text: preview(message.body, 60) });
        logFromPage(meta.id, self, {
          direction: 'error',
          to: frame,
          summary: text,
          reason: 'frame-timeout',
        });
        return { ok: false as const, error: { name: 'NotReady', message: text } };
      }
      const held = queues.hold(key, message);
      if (held === 'refused') return { ok: false as const, error: undefined };
      delivery.setOutcome({
        tone: 'info',
        text: t('ifr.outcome.queued', { frame: frameName(key), count: queues.waiting(key) }),
      });
      return { ok: true as const, queued: true };
    },
    [transport, deliver, queues, delivery, t, frameName, self],
  );

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
