import { useCallback, useRef, useState } from 'react';
import { useConnectionStatus } from '../../hooks/use-connection-status';
import { useSnapshot } from '../../hooks/use-snapshot';
import { useTransportFactory, type TransportFactory } from '../../hooks/use-transport-factory';
import { useTransport } from '../../hooks/use-transports';
import { instances, serverBase } from '../../lib/instances';
import { preview } from '../../lib/describe-value';
import type { PeerRef } from '../../shared/envelope';
import type { ServerBodies } from '../../shared/server-protocol';
import type { Transport, TransportEvent, TransportOptions } from '../../lib/transport-types';
import { meta } from './meta';
import { decodeServer } from './protocol';
import { readyStateOf } from './status-line';
import { createWebSocketTransport } from './transport';
import type { CloseInfo, WebSocketTransport, WsState } from './types';

export type ChatLine =
  | {
      key: string;
      type: 'chat';
      from: Pick<PeerRef, 'name' | 'color'>;
      text: string;
      own: boolean;
      history: boolean;
    }
  | { key: string; type: 'notice'; notice: ServerBodies['notice'] };

export type CloseRecord = CloseInfo & { at: number };

const EMPTY: WsState = {
  url: '',
  closing: false,
  attempt: 0,
  retryAt: null,
  queued: 0,
  bufferedAmount: 0,
  lastClose: null,
  room: '',
  members: [],
  total: 0,
  lastAckMs: null,
  connection: null,
  resume: { cursor: null, gaps: 0, duplicates: 0, resumedFrom: null, resumes: 0 },
  lastVia: null,
};
const MAX_LINES = 200;

// Bookkeeping frames (acks, presence, joins) stay out of the shared log; chat, notices, history,
// binary and every status and error go in.
const QUIET = new Set(['ack', 'presence', 'joined', 'welcome']);
const shouldLog = (event: TransportEvent) =>
  !(event.type === 'received' && event.envelope && QUIET.has(event.envelope.kind));

const isWebSocketTransport = (transport: Transport): transport is WebSocketTransport =>
  'state' in transport && 'join' in transport && 'relocate' in transport;

/**
 * The page's view of its chat connection: its status (from the status events), what the chat
 * keeps besides (the room, members, the countdown), the room's transcript, and every close.
 */
export function useWebSocket(self: PeerRef) {
  const [lines, setLines] = useState<ChatLine[]>([]);
  const [closes, setCloses] = useState<CloseRecord[]>([]);
  const [echo, setEcho] = useState<number | null>(null);
  const lastClose = useRef<CloseInfo | null>(null);
  // Keyed by envelope id: a message a resume brings again (it was above a hole) is shown once.
  const add = (line: ChatLine) =>
    setLines((all) =>
      all.some((known) => known.key === line.key) ? all : [...all, line].slice(-MAX_LINES),
    );

  // In a cluster: the instance this tab picked, and the next one when it goes (lib/instances.ts).
  const own = useCallback(
    (options: TransportOptions) =>
      createWebSocketTransport({
        ...options,
        base: serverBase,
        onLost: () => instances.failover() !== null,
      }),
    [],
  );
  // A test may hand the page a twin through TransportFactoryContext. The page needs the WebSocket
  // contract (state(), join(), …), which the context's type cannot promise: a twin that keeps it
  // is used, a plain one (the shell's, for every page alike) is closed and the real one made.
  const fromContext = useTransportFactory(own as TransportFactory);
  const create = useCallback(
    (options: TransportOptions): WebSocketTransport => {
      const made = fromContext(options);
      if (isWebSocketTransport(made)) return made;
      made.close();
      return own(options);
    },
    [fromContext, own],
  );
  const onEvent = useCallback(
    (_address: string, event: TransportEvent, ws: WebSocketTransport) => {
      if (event.type === 'status' && event.status === 'closed') {
        const info = ws.state().lastClose;
        if (info && info !== lastClose.current) {
          lastClose.current = info;
          setCloses((all) => [{ ...info, at: event.at }, ...all].slice(0, 20));
        }
        return;
      }
      if (event.type === 'sent' && event.envelope.kind === 'chat') {
        add({
          key: event.envelope.id,
          type: 'chat',
          from: event.envelope.sender,
          text: preview(event.envelope.body),
          own: true,
          history: false,
        });
        return;
      }
      if (event.type !== 'received' || !event.envelope) return;
      const { envelope } = event;
      if (envelope.sender.kind !== 'server') {
        if (envelope.kind === 'chat')
          add({
            key: envelope.id,
            type: 'chat',
            from: envelope.sender,
            text: preview(envelope.body),
            own: false,
            history: false,
          });
        return;
      }
      const message = decodeServer(envelope);
      if (message?.kind === 'history') {
        const { messages, resumedFrom } = message.body;
        const shown: ChatLine[] = messages.map((message) => ({
          key: message.id,
          type: 'chat',
          from: message.sender,
          text: preview(message.body),
          own: message.sender.id === self.id,
          history: true,
        }));
        // A resume brings exactly what was missed: added. A fresh join brings the room's last
        // 50: they replace what was shown, so nothing doubles.
        if (resumedFrom !== undefined) shown.forEach(add);
        else setLines(shown);
      } else if (message?.kind === 'notice') {
        add({ key: envelope.id, type: 'notice', notice: message.body });
      } else if (message?.kind === 'binary-echo') {
        setEcho(message.body.bytes);
      }
    },
    [self.id],
  );

  const transport = useTransport({
    mechanism: meta.id,
    self,
    address: meta.defaultAddress,
    create,
    onEvent,
    shouldLog,
  });

  const state = useSnapshot(transport, (t) => t.state(), EMPTY);
  const status = useConnectionStatus(transport);
  const readyState = readyStateOf(status, state.closing);

  return { transport, state, readyState, manual: status.manual, lines, closes, echo };
}
