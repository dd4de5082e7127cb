// The only file that opens this page's signalling paths: a BroadcastChannel (tabs of this browser)
// or the server's WebSocket chat, in a room of its own (tabs on other machines). The data itself
// then flows tab to tab over RTCDataChannel, with no server in the path.
// https://developer.mozilla.org/en-US/docs/Web/API/WebRTC_API/Signaling_and_video_calling
import { createEnvelopeFactory } from '../../lib/envelope-factory';
import { withJoinCode } from '../../lib/join-code';
import type { Transport, TransportOptions } from '../../lib/transport-types';
import { parseEnvelope, type PeerRef } from '../../shared/envelope';
import { PATHS } from '../../shared/endpoints';
import type { Signal } from './protocol';
import { createSession } from './session';

/** `ws:<room>` signals through the server's chat room; anything else names a BroadcastChannel. */
export const WS_PREFIX = 'ws:';
export const WS_ROOM = 'rtc-signal';

export type RtcTransport = Transport & ReturnType<typeof createSession>;

type Path = { post: (signal: Signal) => void; close: () => void };

function broadcastPath(name: string, session: ReturnType<typeof createSession>): Path {
  const channel = new BroadcastChannel(name);
  channel.addEventListener('message', (event: MessageEvent) => session.receive(event.data));
  channel.addEventListener('messageerror', () =>
    session.signallingLost('a signal could not be deserialized'),
  );
  queueMicrotask(() => session.signallingReady());
  return { post: (signal) => channel.postMessage(signal), close: () => channel.close() };
}

/** The chat protocol as it is (src/shared/server-protocol.ts): join a room, send chat envelopes. */
function socketPath(room: string, self: PeerRef, session: ReturnType<typeof createSession>): Path {
  const envelope = createEnvelopeFactory('rtc-signal');
  const url = new URL(PATHS.ws, location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  const socket = new WebSocket(withJoinCode(url.href));
  let closing = false;
  socket.addEventListener('open', () => {
    socket.send(JSON.stringify(envelope(self, 'join', { room })));
    session.signallingReady();
  });
  socket.addEventListener('message', (event: MessageEvent) => {
    let data: unknown;
    try {
      data = JSON.parse(String(event.data));
    } catch {
      return session.receive(event.data);
    }
    const parsed = parseEnvelope(data);
    if (!parsed.ok) return session.receive(data);
    const { kind, body } = parsed.envelope;
    // History replays old signals of past sessions: only live chat frames are signals.
    if (kind === 'chat') session.receive(body);
    else if (kind === 'error' || kind === 'rate-limited')
      session.signallingLost(`the server said ${kind}: ${JSON.stringify(body)}`);
  });
  socket.addEventListener('close', (event) => {
    if (!closing)
      session.signallingLost(
        `the WebSocket closed (${event.code}); an open data channel goes on without it`,
      );
  });
  return {
    post(signal) {
      if (socket.readyState === WebSocket.OPEN)
        socket.send(JSON.stringify(envelope(self, 'chat', signal)));
      else session.signallingLost('the WebSocket is not open: the signal was not sent');
    },
    close() {
      closing = true;
      socket.close(1000, 'page closed');
    },
  };
}

export function createRtcTransport({ self, address }: TransportOptions): RtcTransport {
  const ws = address.startsWith(WS_PREFIX);
  let path: Path | null = null;
  const session = createSession(self, ws ? 'server' : 'this-browser', (signal) =>
    path?.post(signal),
  );
  const label = ws
    ? `WebSocket room "${address.slice(WS_PREFIX.length)}"`
    : `BroadcastChannel "${address}"`;
  const onPageHide = () => transport.close();
  const transport: RtcTransport = {
    ...session,
    label,
    connect() {
      if (path) return;
      if (typeof RTCPeerConnection !== 'function') {
        session.signallingLost('this browser has no RTCPeerConnection');
        return;
      }
      try {
        path = ws
          ? socketPath(address.slice(WS_PREFIX.length), self, session)
          : broadcastPath(address, session);
      } catch (error) {
        session.failed(error);
        return;
      }
      // A tab that goes away says bye, so its partner looks for another at once.
      window.addEventListener('pagehide', onPageHide);
    },
    close() {
      if (!path) return;
      window.removeEventListener('pagehide', onPageHide);
      session.close();
      path.close();
      path = null;
    },
  };
  return transport;
}
