import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TransportEvent } from '../../../../src/lib/transport-types';
import { createWorkerTransport } from '../../../../src/mechanisms/worker-message-channel/transport';
import { envelope, peerA } from '../../helpers';

/** A Worker that keeps what it is sent and answers when the test says so. */
class FakeWorker extends EventTarget {
  static all: FakeWorker[] = [];
  posted: Array<{ message: unknown; transfer: Transferable[] }> = [];
  /** How many arguments each postMessage call had: a transfer list is passed only when needed. */
  argCounts: number[] = [];
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    super();
    FakeWorker.all.push(this);
  }
  postMessage(message: unknown, transfer: Transferable[] = []) {
    this.argCounts.push(arguments.length);
    // The real structured clone: a function throws DataCloneError, a listed buffer is detached.
    const copy = structuredClone(message, { transfer });
    if (!this.terminated) this.posted.push({ message: copy, transfer });
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: unknown) {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
}

function open() {
  const transport = createWorkerTransport({ self: peerA, address: 'Worker A' });
  const events: TransportEvent[] = [];
  transport.subscribe((event) => events.push(event));
  transport.connect();
  return { transport, events, worker: FakeWorker.all.at(-1)! };
}

describe('Worker + MessageChannel transport', () => {
  beforeEach(() => vi.stubGlobal('Worker', FakeWorker));
  afterEach(() => {
    FakeWorker.all = [];
    vi.unstubAllGlobals();
  });

  it('starts a module worker on connect, introduces it, and reports open', () => {
    const { events, worker, transport } = open();
    expect(worker.options.type).toBe('module');
    expect(worker.posted[0]?.message).toEqual({ control: 'hello', name: 'Worker A' });
    expect(events.map((e) => e.type === 'status' && e.status)).toEqual(['open']);
    expect(transport.state()).toMatchObject({ a: 'running', generation: 1 });
  });

  it('passes a transfer list only when there is something to transfer', () => {
    const { transport, worker } = open();
    worker.argCounts = [];
    transport.send(envelope({ body: 'hi' }));
    transport.send(envelope({ body: 'plain' }), []);
    const buffer = new ArrayBuffer(8);
    transport.send(envelope({ body: buffer }), [buffer]);
    expect(worker.argCounts).toEqual([1, 1, 2]);
    expect(buffer.byteLength).toBe(0); // transferred, not copied
  });

  it('sends an envelope and turns the worker’s answer into a received event', () => {
    const { transport, events, worker } = open();
    expect(transport.send(envelope({ body: 'hi' }))).toEqual({ ok: true });
    worker.answer(envelope({ id: 'e-1', kind: 'echo', body: { ref: 'm-1', echo: 'hi' } }));
    const received = events.find((e) => e.type === 'received');
    expect(received?.type === 'received' && received.envelope?.kind).toBe('echo');
  });

  it('measures a transferred buffer before it is detached', () => {
    const { transport, events } = open();
    const buffer = new ArrayBuffer(1024);
    transport.send(envelope({ kind: 'buffer', body: buffer }), [buffer]);
    expect(buffer.byteLength).toBe(0);
    const sent = events.find((e) => e.type === 'sent');
    expect(sent?.type === 'sent' && sent.size).toBe(1024);
  });

  it('reports DataCloneError for a function and sends nothing', () => {
    const { transport, events, worker } = open();
    const result = transport.send(envelope({ body: { fn: () => 1 } }));
    expect(!result.ok && result.error.name).toBe('DataCloneError');
    expect(events.some((e) => e.type === 'sent')).toBe(false);
    expect(worker.posted).toHaveLength(1); // only the hello
  });

  it('after terminate() a send still "succeeds" but goes nowhere; restart makes a new worker', () => {
    const { transport, events, worker } = open();
    transport.terminate();
    expect(worker.terminated).toBe(true);
    expect(transport.send(envelope({ body: 'lost' }))).toEqual({ ok: true });
    const sent = events.find((e) => e.type === 'sent');
    expect(sent?.type === 'sent' && sent.to).toBe('Worker A (terminated)');
    expect(worker.posted).toHaveLength(1);
    transport.restart();
    expect(FakeWorker.all).toHaveLength(2);
    expect(transport.state()).toMatchObject({ a: 'running', generation: 2 });
  });
});
