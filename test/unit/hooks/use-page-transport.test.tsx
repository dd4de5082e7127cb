import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usePageTransport } from '../../../src/hooks/use-page-transport';
import { TransportFactoryContext } from '../../../src/hooks/use-transport-factory';
import { createEmitter } from '../../../src/lib/emitter';
import {
  createMemoryHub,
  createMemoryTransport,
  type MemoryTransport,
} from '../../../src/lib/memory-transport';
import type { SendResult, Transport, TransportOptions } from '../../../src/lib/transport-types';
import { peerA } from '../helpers';

// A transport with a contract of its own (a count it keeps), made from the memory twin.
type Counting = MemoryTransport & { count(): number; bump(): void; onChange: Subscribe };
type Subscribe = (listener: () => void) => () => void;
const hub = createMemoryHub();
function createCounting(options: TransportOptions): Counting {
  const changes = createEmitter<void>();
  let count = 0;
  return Object.assign(createMemoryTransport({ ...options, hub }), {
    count: () => count,
    bump: () => {
      count++;
      changes.emit();
    },
    onChange: changes.subscribe,
  });
}
const isCounting = (transport: Transport): transport is Counting => 'bump' in transport;

let last: { own: Counting | undefined; send: (body: unknown) => SendResult } | undefined;
function Page() {
  const { own, state, send } = usePageTransport({
    mechanism: 'broadcast-channel',
    self: peerA,
    address: 'room',
    create: createCounting,
    is: isCounting,
    read: (counting) => counting.count(),
    empty: -1,
    notReady: 'not yet',
  });
  last = { own, send };
  return <p data-testid="count">{state}</p>;
}

describe('usePageTransport', () => {
  it("keeps the transport's own contract, reads its state on each change, and sends envelopes", () => {
    render(<Page />);
    expect(screen.getByTestId('count')).toHaveTextContent('0');
    act(() => last?.own?.bump());
    expect(screen.getByTestId('count')).toHaveTextContent('1');
    expect(last?.send('hello')).toEqual({ ok: true });
    expect(last?.own?.sent.map((e) => [e.kind, e.body, e.seq])).toEqual([['chat', 'hello', 1]]);
  });

  it('with a plain twin from the context: no own contract, the state is `empty`, sends still go', () => {
    const made: MemoryTransport[] = [];
    render(
      <TransportFactoryContext
        value={(options) => {
          const twin = createMemoryTransport({ ...options, hub });
          made.push(twin);
          return twin;
        }}
      >
        <Page />
      </TransportFactoryContext>,
    );
    expect(last?.own).toBeUndefined();
    expect(screen.getByTestId('count')).toHaveTextContent('-1');
    expect(last?.send('via the twin')).toEqual({ ok: true });
    expect(made.at(-1)?.sent.map((e) => e.body)).toEqual(['via the twin']);
  });
});
