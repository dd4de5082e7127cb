// Memory comes back (issue 11): after N stalled SSE readers (resuming from the start of a 4 MB
// history, never reading), N stalled WebSocket members and N abandoned rooms, the heap after a
// forced GC is near its baseline. The server runs in a child process with --expose-gc.
import { fork, type ChildProcess } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openChat, peer, type ChatClient } from '../support/clients';

const N = 40;
const MiB = 1024 * 1024;
let child: ChildProcess;
let port = 0;
const sockets: Socket[] = [];
const chats: ChatClient[] = [];

function ask<T>(message: object, reply: string): Promise<T> {
  return new Promise((resolve) => {
    const on = (answer: { type: string }) => {
      if (answer.type !== reply) return;
      child.off('message', on);
      resolve(answer as T);
    };
    child.on('message', on);
    child.send(message);
  });
}
const heap = () => ask<{ heapUsed: number; external: number }>({ type: 'heap' }, 'heap');
const info = () =>
  ask<{
    info: { sse: Record<string, number>; history: Record<string, number>; feed: { epoch: string } };
  }>({ type: 'info' }, 'info').then((a) => a.info);

beforeAll(async () => {
  child = fork('test/integration/support/memory-server.ts', [], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const ready = await new Promise<{ ports: { app: number }; gc: boolean }>((resolve) =>
    child.once('message', (message) => resolve(message as { ports: { app: number }; gc: boolean })),
  );
  expect(ready.gc).toBe(true);
  port = ready.ports.app;
}, 30_000);
afterAll(() => {
  for (const socket of sockets) socket.destroy();
  for (const chat of chats) chat.close();
  child.kill();
});

describe('memory after stalled readers and abandoned rooms', () => {
  it('returns near its baseline after GC', async () => {
    // 1,000 events of ~4 KB: a full history, in the baseline.
    await ask({ type: 'fill', count: 1000, size: 4000 }, 'filled');
    const baseline = await heap();
    const { epoch } = (await info()).feed;
    for (let i = 0; i < N; i++) {
      const socket = connect(port, '127.0.0.1');
      socket.write(`GET /sse HTTP/1.1\r\nHost: 127.0.0.1\r\nLast-Event-ID: ${epoch}-0\r\n\r\n`);
      socket.pause();
      sockets.push(socket);
    }
    const origin = `http://localhost:${port}`;
    for (let i = 0; i < N; i++) {
      const chat = await openChat(`ws://127.0.0.1:${port}/ws`, origin, peer(`Gone${i}`));
      await chat.join(`abandoned-${i}`);
      for (let m = 0; m < 5; m++) chat.send('chat', 'm'.repeat(4000));
      await chat.until(() => (chat.envelopes('ack').length === 5 ? true : undefined), 'acks');
      chat.close();
    }
    // The stalled readers are still connected while the heap is measured.
    const held = await info();
    expect(held.sse.streams).toBe(N);
    await new Promise((resolve) => setTimeout(resolve, 700)); // rooms idle past idleMs
    const after = await heap();
    const bounds = await info();
    const grown = after.heapUsed - baseline.heapUsed;
    console.log(
      `memory: baseline ${(baseline.heapUsed / MiB).toFixed(1)} MiB, after ${N} stalled readers + ${N} abandoned rooms ${(after.heapUsed / MiB).toFixed(1)} MiB (+${(grown / MiB).toFixed(1)} MiB); streams held ${bounds.sse.streams}, backlog ${bounds.sse.backlogBytes} B, history ${bounds.history.bytes} B in ${bounds.history.topics} topics`,
    );
    // Without backpressure each stalled resume would hold the 4 MB history: +160 MB here.
    expect(grown).toBeLessThan(8 * MiB);
    expect(bounds.history.topics).toBe(1); // only the feed: every abandoned room forgotten
  }, 60_000);
});
