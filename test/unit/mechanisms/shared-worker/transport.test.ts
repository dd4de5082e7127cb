import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TransportEvent } from '../../../../src/lib/transport-types';
import { parseTabMessage } from '../../../../src/mechanisms/shared-worker/protocol';
import { createSharedWorkerTransport } from '../../../../src/mechanisms/shared-worker/transport';
import { envelope, peerA, peerB } from '../../helpers';

/** A SharedWorker whose port records what the tab posts and lets the test answer as the hub. */
class FakeSharedWorker extends EventTarget {
  static last: FakeSharedWorker | null = null;
  posted: unknown[] = [];
  port = {
    onmessage: null as ((event: MessageEvent) => void) | null,
    postMessage: (message: unknown) => this.posted.push(structuredClone(message)),
    close: vi.fn(),
  };
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    super();
    FakeSharedWorker.last = this;
  }
  hub(data: unknown) {
    this.port.onmessage?.(new MessageEvent('message', { data }));
  }
}

function open() {
  const transport = createSharedWorkerTransport({ self: peerA, address: 'comms-lab-hub' });
  const events: TransportEvent[] = [];
  transport.subscribe((event) => events.push(event));
  transport.connect();
  return { transport, events, worker: FakeSharedWorker.last! };
}

describe('SharedWorker transport', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('SharedWorker', FakeSharedWorker);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('names the one hub every tab shares, says hello, then beats every second', () => {
    const { worker } = open();
    expect(worker.options).toEqual({ type: 'module', name: 'comms-lab-hub' });
    expect(worker.posted).toEqual([{ hub: 'hello', peer: peerA }]);
    vi.advanceTimersByTime(3000);
    expect(worker.posted.filter((m) => (m as { hub: string }).hub === 'heartbeat')).toHaveLength(3);
  });

  it('keeps hub state out of the log and relayed envelopes in it', () => {
    const { transport, events, worker } = open();
    const state = { hub: 'state', hubId: 'x1', startedAt: 1, relayed: 0, ports: [], you: 'port-1' };
    worker.hub(state);
    expect(transport.state()).toEqual(state);
    worker.hub(envelope({ sender: peerB, body: 'from B' }));
    const received = events.filter((e) => e.type === 'received');
    expect(received).toHaveLength(1);
    expect(received[0]?.type === 'received' && received[0].envelope?.body).toBe('from B');
  });

  it('says goodbye on pagehide only while the switch is on', () => {
    const { transport, worker } = open();
    transport.setGoodbye(false);
    window.dispatchEvent(new Event('pagehide'));
    expect(worker.posted).not.toContainEqual({ hub: 'bye' });
    transport.setGoodbye(true);
    window.dispatchEvent(new Event('pagehide'));
    expect(worker.posted).toContainEqual({ hub: 'bye' });
    transport.close();
  });

  it('the hub accepts only well-formed control messages', () => {
    expect(parseTabMessage({ hub: 'heartbeat' })).toEqual({ hub: 'heartbeat' });
    expect(parseTabMessage({ hub: 'hello', peer: peerB })).toEqual({ hub: 'hello', peer: peerB });
    expect(parseTabMessage({ hub: 'hello', peer: { ...peerB, color: 'red;x' } })).toBeNull();
    expect(parseTabMessage('bye')).toBeNull();
    expect(parseTabMessage({ hub: 'shutdown' })).toBeNull();
  });
});
