import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TransportFactoryContext } from '../../../../src/hooks/use-transport-factory';
import { demoOrigins } from '../../../../src/lib/app-config';
import { createEnvelopeFactory } from '../../../../src/lib/envelope-factory';
import {
  createMemoryHub,
  createMemoryTransport,
  type MemoryTransport,
} from '../../../../src/lib/memory-transport';
import IframePostMessagePage from '../../../../src/mechanisms/iframe-post-message/page';
import { rolePeer } from '../../../../src/mechanisms/iframe-post-message/roles';
import type { Envelope } from '../../../../src/shared/envelope';
import { useAppStore } from '../../../../src/store';

// The page's inbox is a twin; the test plays the cross-origin frame on the same hub, and answers
// with a receipt that comes from the frame's origin, as the real frame's would.
function setup() {
  const hub = createMemoryHub();
  let inbox: MemoryTransport | undefined;
  const frame = createMemoryTransport({ self: rolePeer('cross', 'Cross'), address: 'inbox', hub });
  const heard: Envelope[] = [];
  frame.subscribe((event) => {
    if (event.type === 'received' && event.envelope) heard.push(event.envelope);
  });
  frame.connect();
  render(
    <TransportFactoryContext
      value={(options) => (inbox = createMemoryTransport({ ...options, hub }))}
    >
      <IframePostMessagePage />
    </TransportFactoryContext>,
  );
  return { frame, heard, inbox: () => inbox };
}

// Typing into a page this size is slow on a busy machine.
const SLOW = 20_000;

describe('iframe postMessage page (with memory twins)', () => {
  it(
    'sends to the chosen frame and shows its receipt',
    async () => {
      const user = userEvent.setup();
      const { heard, inbox } = setup();
      await waitFor(() => expect(inbox()?.open).toBe(true));
      // The frame says hello once loaded, as the real one does; until then sends wait for it.
      const hello = createEnvelopeFactory('iframe-post-message')(
        rolePeer('cross', 'Cross'),
        'hello',
        null,
        'parent',
      );
      act(() => inbox()?.inject(hello, { origin: demoOrigins().foreign }));
      const panel = within(screen.getByRole('region', { name: 'Send to a frame' }));
      expect(panel.getByRole('combobox', { name: 'To' })).toHaveDisplayValue('Cross-origin frame');
      await user.type(panel.getByRole('textbox', { name: 'Message' }), 'hi frame');
      await user.click(panel.getByRole('button', { name: 'Send' }));
      await waitFor(() => expect(heard.map((e) => e.body)).toContain('hi frame'));
      const sent = heard.find((e) => e.body === 'hi frame');
      expect(sent?.recipient).toBe('frame-cross');
      expect(screen.getByText(/Waiting for its receipt/)).toBeInTheDocument();

      const ack = createEnvelopeFactory('iframe-post-message')(
        rolePeer('cross', 'Cross'),
        'ack',
        { of: sent?.id, receivedAt: 1 },
        'parent',
      );
      act(() => inbox()?.inject(ack, { origin: demoOrigins().foreign }));
      expect(await screen.findByText(/confirmed it received the message/)).toHaveTextContent(
        demoOrigins().foreign,
      );
    },
    SLOW,
  );

  it(
    'counts what reaches the window inbox, and logs it with its origin',
    async () => {
      const { inbox } = setup();
      await waitFor(() => expect(inbox()?.open).toBe(true));
      const before = screen.getByTestId('window-count').textContent;
      const chat = createEnvelopeFactory('iframe-post-message')(
        rolePeer('same', 'Same'),
        'chat',
        'hello parent',
      );
      act(() => inbox()?.inject(chat, { origin: demoOrigins().app }));
      await waitFor(() => expect(screen.getByTestId('window-count').textContent).not.toBe(before));
      expect(screen.getByTestId('port-count')).toHaveTextContent('0');
      useAppStore.getState().flushLog();
      const received = useAppStore
        .getState()
        .log.buffer.toArray()
        .filter((e) => e.direction === 'received' && e.payload === 'hello parent');
      expect(received.map((e) => e.origin)).toEqual([demoOrigins().app]);
    },
    SLOW,
  );

  it('marks the frame the form sends to, in words, and moves the mark with the choice', async () => {
    const user = userEvent.setup();
    setup();
    const marked = () =>
      [...document.querySelectorAll('.frame-card')]
        .filter((card) => within(card as HTMLElement).queryByText('the form sends here'))
        .map((card) => card.querySelector('iframe')?.title);
    expect(marked()).toEqual(['Cross-origin frame']);
    const panel = within(screen.getByRole('region', { name: 'Send to a frame' }));
    await user.selectOptions(panel.getByRole('combobox', { name: 'To' }), 'Same-origin frame');
    expect(marked()).toEqual(['Same-origin frame']);
  });
});
