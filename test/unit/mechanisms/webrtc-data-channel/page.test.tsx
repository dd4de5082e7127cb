import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TransportFactoryContext } from '../../../../src/hooks/use-transport-factory';
import {
  createMemoryHub,
  createMemoryTransport,
  type MemoryTransport,
} from '../../../../src/lib/memory-transport';
import WebRtcDataChannelPage from '../../../../src/mechanisms/webrtc-data-channel/page';
import { peerB } from '../../helpers';

// The page gets its transport through the factory: twins stand in for the peer connection.
function setup() {
  const hub = createMemoryHub();
  const made: MemoryTransport[] = [];
  const other = createMemoryTransport({ self: peerB, address: 'comms-lab-rtc', hub });
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
      <WebRtcDataChannelPage />
    </TransportFactoryContext>,
  );
  return { heard, made };
}

const SLOW = 20_000;

describe('WebRTC data channel page (with memory twins)', () => {
  it(
    'sends what is typed through the transport it was handed',
    async () => {
      const user = userEvent.setup();
      const { heard, made } = setup();
      await waitFor(() => expect(made.some((twin) => twin.open)).toBe(true));
      await user.type(screen.getByRole('textbox', { name: 'Message' }), 'hello peer');
      await user.click(screen.getByRole('button', { name: 'Send' }));
      await waitFor(() => expect(heard).toEqual(['hello peer']));
    },
    SLOW,
  );

  it(
    'asks for a transport on the server room when the WebSocket signalling is chosen',
    async () => {
      const user = userEvent.setup();
      const { made } = setup();
      await waitFor(() => expect(made.length).toBeGreaterThan(0));
      await user.click(screen.getByRole('radio', { name: /^Server WebSocket/ }));
      await waitFor(() => expect(made.at(-1)?.address).toBe('ws:rtc-signal'));
      expect(made.filter((twin) => twin.address === 'comms-lab-rtc').every((t) => !t.open)).toBe(
        true,
      );
    },
    SLOW,
  );

  it('says plainly when the browser has no RTCPeerConnection (jsdom has none)', () => {
    setup();
    expect(screen.getByText(/This browser has no RTCPeerConnection/)).toBeInTheDocument();
  });
});
