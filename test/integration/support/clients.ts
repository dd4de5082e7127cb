// Real clients for the real server: a `ws` chat client and an `eventsource` feed client, each
// collecting what arrives so a test can wait for it (never sleep).
import { EventSource } from 'eventsource';
import WebSocket from 'ws';
import { ENVELOPE_VERSION, type Envelope, type PeerRef } from '../../../src/shared/envelope';
import type { ServerBodies, ServerKind } from '../../../src/shared/server-protocol';

export type Frame =
  { binary: false; envelope: Envelope; text: string } | { binary: true; bytes: Buffer };

/** Resolves when `check` returns a value, re-checking whenever `onChange` fires. */
function waitFor<T>(
  check: () => T | undefined,
  subscribe: (notify: () => void) => () => void,
  what: string,
  timeoutMs = 5000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const first = check();
    if (first !== undefined) return resolve(first);
    const timer = setTimeout(() => {
      off();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const off = subscribe(() => {
      const value = check();
      if (value === undefined) return;
      clearTimeout(timer);
      off();
      resolve(value);
    });
  });
}

export function peer(name: string, color = '#336699'): PeerRef {
  return { id: `${name.toLowerCase()}-id`, name, color, kind: 'tab' };
}

export function envelopeFrom<Body>(
  sender: PeerRef,
  kind: string,
  body: Body,
  seq: number,
): Envelope<Body> {
  return {
    v: ENVELOPE_VERSION,
    id: `${sender.id}-${kind}-${seq}`,
    mechanism: 'websocket',
    sender,
    kind,
    body,
    sentAt: Date.now(),
    seq,
  };
}

export type ChatClient = Awaited<ReturnType<typeof openChat>>;

export async function openChat(url: string, origin: string, self?: PeerRef) {
  const ws = new WebSocket(url, { origin });
  const frames: Frame[] = [];
  // Indexed by kind as they arrive, so waiting on a count stays cheap with thousands of frames.
  const byKind = new Map<string, Envelope[]>();
  const all: Envelope[] = [];
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  let closed: { code: number; reason: string } | null = null;
  let seq = 0;
  ws.on('message', (data, isBinary) => {
    const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data as ArrayBuffer);
    if (isBinary) frames.push({ binary: true, bytes });
    else {
      const text = bytes.toString('utf8');
      const envelope = JSON.parse(text) as Envelope;
      frames.push({ binary: false, envelope, text });
      all.push(envelope);
      const list = byKind.get(envelope.kind);
      if (list) list.push(envelope);
      else byKind.set(envelope.kind, [envelope]);
    }
    notify();
  });
  ws.on('close', (code, reason) => {
    closed = { code, reason: reason.toString() };
    notify();
  });
  ws.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_req, res) =>
      reject(Object.assign(new Error(`HTTP ${res.statusCode}`), { status: res.statusCode })),
    );
    ws.once('error', reject);
  });
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const client = {
    ws,
    frames,
    self,
    envelopes: (kind?: string): readonly Envelope[] =>
      kind === undefined ? all : (byKind.get(kind) ?? []),
    send(kind: string, body: unknown) {
      if (!self) throw new Error('no identity');
      const envelope = envelopeFrom(self, kind, body, ++seq);
      ws.send(JSON.stringify(envelope));
      return envelope;
    },
    /** The nth (0-based) server envelope of a kind, once it has arrived. */
    server<K extends ServerKind>(kind: K, nth = 0) {
      return waitFor(
        () => {
          const found = client.envelopes(kind).filter((e) => e.sender.kind === 'server');
          return found[nth] as (Envelope<ServerBodies[K]> & { kind: K }) | undefined;
        },
        subscribe,
        `server "${kind}" #${nth}`,
      );
    },
    until<T>(check: () => T | undefined, what: string, timeoutMs?: number) {
      return waitFor(check, subscribe, what, timeoutMs);
    },
    closed: () => waitFor(() => closed ?? undefined, subscribe, 'close'),
    async join(room: string) {
      const before = client.envelopes('joined').length;
      client.send('join', { room });
      return client.server('joined', before);
    },
    close() {
      ws.close();
    },
  };
  return client;
}

export type FeedEvent = { type: string; id: string; data: unknown };

export function openFeed(url: string, types: readonly string[]) {
  const source = new EventSource(url);
  const events: FeedEvent[] = [];
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  let opens = 0;
  source.addEventListener('open', () => {
    opens++;
    notify();
  });
  source.addEventListener('error', () => notify());
  for (const type of types)
    source.addEventListener(type, (event: MessageEvent<string>) => {
      events.push({ type, id: event.lastEventId, data: JSON.parse(event.data) as unknown });
      notify();
    });
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  return {
    source,
    events,
    opens: () => opens,
    until<T>(check: () => T | undefined, what: string, timeoutMs?: number) {
      return waitFor(check, subscribe, what, timeoutMs);
    },
    close: () => source.close(),
  };
}
