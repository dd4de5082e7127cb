import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useConnectionStatus } from '../../../src/hooks/use-connection-status';
import { useTransport } from '../../../src/hooks/use-transports';
import type { ConnectionStatus } from '../../../src/lib/connection-status';
import type { Transport, TransportEvent } from '../../../src/lib/transport-types';
import { useAppStore } from '../../../src/store';
import { envelope, peerA } from '../helpers';

// A transport with no state() at all: its status exists only as the events it emits.
type Fake = Transport & { emit: (event: TransportEvent) => void };
let fake: Fake | undefined;
function createFake(): Fake {
  const listeners = new Set<(event: TransportEvent) => void>();
  const made: Fake = {
    label: 'fake',
    emit: (event) => listeners.forEach((listener) => listener(event)),
    // Connecting and open at once, before the page's first render with the transport: the
    // pipeline hears them (it subscribes before connect()), the hook subscribes later.
    connect: () => {
      made.emit(status('connecting'));
      made.emit(status('open', 'connected'));
    },
    send: () => ({ ok: true }),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => undefined,
  };
  fake = made;
  return made;
}

const status = (
  value: 'connecting' | 'open' | 'closed' | 'error',
  reason?: string,
  manual = false,
): TransportEvent => ({ type: 'status', at: performance.now(), status: value, manual, reason });

let renders: ConnectionStatus[] = [];
function Page() {
  const transport = useTransport({
    mechanism: 'broadcast-channel',
    self: peerA,
    address: 'room',
    create: createFake,
  });
  const connection = useConnectionStatus(transport);
  renders.push(connection);
  return (
    <p data-testid="status" data-manual={String(connection.manual)}>
      {connection.status} {connection.reason}
    </p>
  );
}

const shown = () => screen.getByTestId('status');

describe('useConnectionStatus', () => {
  beforeEach(() => {
    renders = [];
    fake = undefined;
    act(() => useAppStore.getState().clearLog());
  });

  it('derives the status from the status events, including those before it subscribed', () => {
    render(<Page />);
    expect(shown()).toHaveTextContent('open connected');
    act(() => fake?.emit(status('closed', '1006 Abnormal closure')));
    expect(shown()).toHaveTextContent('closed 1006 Abnormal closure');
    expect(shown()).toHaveAttribute('data-manual', 'false');
    act(() => fake?.emit(status('closed', 'disconnected by you', true)));
    expect(shown()).toHaveAttribute('data-manual', 'true');
  });

  it('renders nothing for a status that changes nothing, nor for messages', () => {
    render(<Page />);
    const before = renders.length;
    const current = renders.at(-1);
    act(() => fake?.emit(status('open', 'connected')));
    act(() => fake?.emit({ type: 'received', at: 1, envelope: envelope(), data: null, size: 5 }));
    expect(renders).toHaveLength(before);
    // A new reason is news: one render, with a new object.
    act(() => fake?.emit(status('open', 'resumed after ep-4')));
    expect(renders).toHaveLength(before + 1);
    expect(renders.at(-1)).not.toBe(current);
    expect(shown()).toHaveTextContent('open resumed after ep-4');
  });

  it('is idle without a transport', () => {
    function Alone() {
      const connection = useConnectionStatus(undefined);
      return <p data-testid="status">{connection.status}</p>;
    }
    render(<Alone />);
    expect(shown()).toHaveTextContent('idle');
  });
});
