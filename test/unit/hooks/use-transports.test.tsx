import { act, render } from '@testing-library/react';
import { StrictMode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTransport, useTransports } from '../../../src/hooks/use-transports';
import type { Transport, TransportEvent, TransportOptions } from '../../../src/lib/transport-types';
import { useAppStore } from '../../../src/store';
import { latencyOf } from '../../../src/store/log-latency';
import { envelope, peerA, peerB } from '../helpers';

// A transport that records what the hook does with it.
type Fake = Transport & {
  address: string;
  closed: boolean;
  listeners: Set<(e: TransportEvent) => void>;
  emit: (e: TransportEvent) => void;
};
let made: Fake[] = [];
function createFake({ address }: TransportOptions): Fake {
  const listeners = new Set<(e: TransportEvent) => void>();
  const fake: Fake = {
    address,
    label: `fake "${address}"`,
    closed: false,
    listeners,
    emit: (e) => listeners.forEach((l) => l(e)),
    connect: () => fake.emit({ type: 'status', at: 1, status: 'open', manual: false }),
    send: () => ({ ok: true }),
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    close: () => {
      fake.closed = true;
    },
  };
  made.push(fake);
  return fake;
}

const live = () => made.filter((t) => !t.closed);
const logged = () => {
  useAppStore.getState().flushLog();
  return useAppStore.getState().log.buffer.toArray();
};

function One({ address }: { address: string }) {
  useTransport({ mechanism: 'broadcast-channel', self: peerB, address, create: createFake });
  return null;
}
function Many({ addresses }: { addresses: string[] }) {
  useTransports({ mechanism: 'broadcast-channel', self: peerB, addresses, create: createFake });
  return null;
}

describe('useTransports', () => {
  beforeEach(() => {
    made = [];
    act(() => useAppStore.getState().clearLog());
  });

  it("survives StrictMode's mount → unmount → mount with one live, subscribed transport", () => {
    const view = render(
      <StrictMode>
        <One address="lab" />
      </StrictMode>,
    );
    expect(live()).toHaveLength(1);
    expect(made.filter((t) => t.closed).every((t) => t.listeners.size === 0)).toBe(true);
    const [current] = live();
    act(() =>
      current!.emit({ type: 'received', at: 2, envelope: envelope(), data: envelope(), size: 5 }),
    );
    expect(logged().filter((e) => e.direction === 'received')).toHaveLength(1); // logged once, not twice
    view.unmount();
    expect(live()).toHaveLength(0);
  });

  it('opens and closes transports as the address list changes, leaving the others alone', () => {
    const view = render(<Many addresses={['a', 'b']} />);
    const [a, b] = made;
    view.rerender(<Many addresses={['b', 'c']} />);
    expect(a!.closed).toBe(true);
    expect(b!.closed).toBe(false);
    expect(live().map((t) => t.address)).toEqual(['b', 'c']);
  });

  it('turns transport events into log entries with the sender, latency and sequence gaps', () => {
    render(<One address="lab" />);
    const [transport] = live();
    act(() => {
      transport!.emit({
        type: 'received',
        at: 1_700_000_000_012,
        envelope: envelope({ seq: 1 }),
        data: null,
        size: 5,
      });
      transport!.emit({
        type: 'received',
        at: 1_700_000_000_020,
        envelope: envelope({ seq: 4 }),
        data: null,
        size: 5,
      });
    });
    const received = logged().filter((e) => e.direction === 'received');
    expect(received[0]).toMatchObject({ from: peerA, to: peerB.name });
    expect(latencyOf(received[0]!)).toBe(12);
    expect(received[1]).toMatchObject({ sequence: 'gap:2' });
  });
});
