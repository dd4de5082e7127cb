import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TransportFactoryContext } from '../../../../src/hooks/use-transport-factory';
import { createEnvelopeFactory } from '../../../../src/lib/envelope-factory';
import {
  createMemoryHub,
  createMemoryTransport,
  type MemoryHub,
  type MemoryTransport,
} from '../../../../src/lib/memory-transport';
import type { TransportOptions } from '../../../../src/lib/transport-types';
import WebSocketPage from '../../../../src/mechanisms/websocket/page';
import type { WebSocketTransport, WsState } from '../../../../src/mechanisms/websocket/types';
import { peerB } from '../../helpers';

// A WebSocket twin: the memory transport (whose status events the page reads its connection from),
// with the chat's own state and the room calls recorded, so the page can be rendered without a
// server. The relay echoes nothing back to the sender, but the page shows its own line from the
// `sent` event.
function wsTwin(options: TransportOptions, hub: MemoryHub, made: MemoryTransport[]) {
  const base = createMemoryTransport({ ...options, hub });
  made.push(base);
  const listeners = new Set<() => void>();
  let state: WsState = {
    url: 'memory:',
    closing: false,
    attempt: 0,
    retryAt: null,
    queued: 0,
    bufferedAmount: 0,
    lastClose: null,
    room: 'lobby',
    members: [],
    total: 0,
    lastAckMs: null,
    connection: null,
    resume: { cursor: null, gaps: 0, duplicates: 0, resumedFrom: null, resumes: 0 },
    lastVia: null,
  };
  const twin: WebSocketTransport = Object.assign(Object.create(base) as MemoryTransport, {
    state: () => state,
    onChange: (listener: () => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    disconnect: () => base.close(),
    reconnectNow: () => base.connect(),
    relocate: () => undefined,
    join: (room: string) => {
      state = { ...state, room };
    },
    rename: () => undefined,
    sendBinary: () => ({ ok: false, error: { name: 'NotSupportedError', message: 'twin' } }),
  });
  return twin;
}

function setup() {
  const hub = createMemoryHub();
  const made: MemoryTransport[] = [];
  render(
    <TransportFactoryContext value={(options) => wsTwin(options, hub, made)}>
      <WebSocketPage />
    </TransportFactoryContext>,
  );
  return { hub, made };
}

const transcript = () => screen.getByRole('list', { name: 'Messages in room "lobby"' });
const SLOW = 20_000;

describe('WebSocket page (with a memory twin)', () => {
  it(
    'sends what is typed, shows it in the transcript, and the twin delivers it',
    async () => {
      const user = userEvent.setup();
      const { hub, made } = setup();
      await waitFor(() => expect(made.some((twin) => twin.open)).toBe(true));
      // The twin keeps no readyState: the page reads the connection from its status events.
      await waitFor(() =>
        expect(screen.getByTestId('ws-state')).toHaveAttribute('data-state', 'open'),
      );
      // Another member of the room, on the address the page's twin joined.
      const other = createMemoryTransport({ self: peerB, address: made[0]?.address ?? '', hub });
      const heard: unknown[] = [];
      other.subscribe((event) => {
        if (event.type === 'received' && event.envelope?.kind === 'chat')
          heard.push(event.envelope.body);
      });
      other.connect();
      await user.type(screen.getByRole('textbox', { name: 'Message' }), 'hello room');
      await user.click(screen.getByRole('button', { name: 'Send' }));
      expect(await within(transcript()).findByText('hello room')).toBeInTheDocument();
      await waitFor(() => expect(heard).toEqual(['hello room']));
    },
    SLOW,
  );

  it(
    'shows a message the twin delivers from another member',
    async () => {
      const { made } = setup();
      await waitFor(() => expect(made.some((twin) => twin.open)).toBe(true));
      const envelope = createEnvelopeFactory('websocket');
      await act(async () => {
        made[0]?.inject(envelope(peerB, 'chat', 'from another member'));
        await new Promise((resolve) => setTimeout(resolve, 5));
      });
      expect(within(transcript()).getByText('from another member')).toBeInTheDocument();
      expect(within(transcript()).getByText(peerB.name)).toBeInTheDocument();
    },
    SLOW,
  );
});
