import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TransportFactoryContext } from '../../../../src/hooks/use-transport-factory';
import { createEnvelopeFactory } from '../../../../src/lib/envelope-factory';
import {
  createMemoryHub,
  createMemoryTransport,
  type MemoryTransport,
} from '../../../../src/lib/memory-transport';
import BroadcastChannelPage from '../../../../src/mechanisms/broadcast-channel/page';
import { useAppStore } from '../../../../src/store';
import { peerB } from '../../helpers';

// The page talks to in-memory twins; the test plays the other tab on the same hub.
function setup() {
  const hub = createMemoryHub();
  const made: MemoryTransport[] = [];
  const other = createMemoryTransport({ self: peerB, address: 'comms-lab', hub });
  const heard: unknown[] = [];
  other.subscribe((event) => {
    if (event.type === 'received' && event.envelope?.kind === 'chat')
      heard.push(event.envelope.body);
  });
  other.connect();
  render(
    <TransportFactoryContext
      value={(options) => {
        const twin = createMemoryTransport({ ...options, hub });
        made.push(twin);
        return twin;
      }}
    >
      <BroadcastChannelPage />
    </TransportFactoryContext>,
  );
  return { other, heard, made };
}

const logged = () => {
  useAppStore.getState().flushLog();
  return useAppStore.getState().log.buffer.toArray();
};

// Typing into a page is slow on a busy machine.
const SLOW = 20_000;

describe('BroadcastChannel page (with memory twins)', () => {
  it(
    'joins its channel on load and sends what is typed to the other tab',
    async () => {
      const user = userEvent.setup();
      const { heard, made } = setup();
      await waitFor(() => expect(made.some((twin) => twin.open)).toBe(true));
      await user.type(screen.getByRole('textbox', { name: 'Message' }), 'hello there');
      await user.click(screen.getByRole('button', { name: 'Send' }));
      await waitFor(() => expect(heard).toEqual(['hello there']));
      expect(logged().some((e) => e.direction === 'sent' && e.payload === 'hello there')).toBe(
        true,
      );
    },
    SLOW,
  );

  it(
    'lists the other tab once it says hello, and logs what it sends',
    async () => {
      const { other } = setup();
      const envelope = createEnvelopeFactory('broadcast-channel');
      await act(async () => {
        other.send(envelope(peerB, 'presence', { state: 'hello' }));
        other.send(envelope(peerB, 'chat', 'from the other tab'));
        await new Promise((resolve) => setTimeout(resolve, 5));
      });
      expect(screen.getByRole('list', { name: 'Tabs on #comms-lab' })).toHaveTextContent(
        peerB.name,
      );
      expect(
        logged().some((e) => e.direction === 'received' && e.payload === 'from the other tab'),
      ).toBe(true);
    },
    SLOW,
  );

  it(
    'shows a failed send in the page and keeps the text',
    async () => {
      const user = userEvent.setup();
      const { made } = setup();
      await waitFor(() => expect(made.some((twin) => twin.open)).toBe(true));
      for (const twin of made)
        twin.failNext({ name: 'DataCloneError', message: 'function could not be cloned' });
      await user.type(screen.getByRole('textbox', { name: 'Message' }), 'keep me');
      await user.click(screen.getByRole('button', { name: 'Send' }));
      expect(await screen.findByRole('alert')).toHaveTextContent('DataCloneError');
      expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('keep me');
    },
    SLOW,
  );
});
