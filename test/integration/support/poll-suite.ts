// The long-poll endpoint's behaviour, run against any pair of servers sharing one feed: one memory
// server twice (memory hub), or two servers on one Redis (each its own Redis hub). Each test polls
// on A and publishes on B, so with Redis every answer crossed the backplane.
import { expect, it } from 'vitest';
import type { RunningServer } from '../../../mock-server/index';
import { CURSOR_HEADER, type PollAnswer } from '../../../src/shared/feed-ways';
import { envelopeFrom, peer } from './clients';

export type Pair = { a: RunningServer; b: RunningServer; retained: number };

const base = (server: RunningServer) => `http://127.0.0.1:${server.ports.app}`;
const author = peer('Poller');
let seq = 0;

export async function publishTo(server: RunningServer, text: string): Promise<string> {
  const response = await fetch(`${base(server)}/api/sse/publish`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ event: 'message', envelope: envelopeFrom(author, 'chat', text, ++seq) }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { id: string }).id;
}

export const poll = (server: RunningServer, query: string) =>
  fetch(`${base(server)}/api/poll?${query}`);

export async function answerOf(response: Response): Promise<PollAnswer> {
  expect(response.status).toBe(200);
  return (await response.json()) as PollAnswer;
}

/** Where a new reader stands: a poll without `after` that times out at once says so. */
export async function headOf(server: RunningServer): Promise<string> {
  const response = await poll(server, 'wait=0');
  expect(response.status).toBe(204);
  return response.headers.get(CURSOR_HEADER) as string;
}

export function pollSuite(pair: () => Pair) {
  it('a poll is held until an event is published, then answered with it (same id as SSE)', async () => {
    const { a, b } = pair();
    const cursor = await headOf(a);
    const started = Date.now();
    const held = poll(a, `after=${cursor}&wait=10000`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const id = await publishTo(b, 'held-then-answered');
    const answer = await answerOf(await held);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(answer.events.map((e) => e.id)).toEqual([id]);
    expect((answer.events[0]?.data as { body: string }).body).toBe('held-then-answered');
    expect(answer).toMatchObject({ cursor: id, more: false, reset: null });
  });

  it('with nothing published, a held poll ends with 204 after `wait`, cursor unchanged', async () => {
    const { a } = pair();
    const cursor = await headOf(a);
    const started = Date.now();
    const response = await poll(a, `after=${cursor}&wait=400`);
    expect(response.status).toBe(204);
    expect(Date.now() - started).toBeGreaterThanOrEqual(380);
    expect(response.headers.get(CURSOR_HEADER)).toBe(cursor);
  });

  it('resumes after an id: exactly the events after it, in order, at once', async () => {
    const { a, b } = pair();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await publishTo(b, `r${i}`));
    const answer = await answerOf(await poll(a, `after=${ids[0]}&wait=0`));
    expect(answer.events.map((e) => e.id)).toEqual(ids.slice(1));
    expect(answer.cursor).toBe(ids[4]);
    // Asking again with the cursor finds nothing new: no duplicate.
    expect((await poll(a, `after=${answer.cursor}&wait=0`)).status).toBe(204);
  });

  it('a cursor the history no longer holds gets the oldest kept events and a reset saying so', async () => {
    const { a, b, retained } = pair();
    const first = await publishTo(b, 'old');
    for (let i = 0; i < retained + 20; i++) await publishTo(b, `t${i}`);
    const answer = await answerOf(await poll(a, `after=${first}&wait=0`));
    expect(answer.reset).toMatchObject({ reason: 'too-old', resumedFrom: first });
    expect(answer.events.length).toBeGreaterThan(0);
    const seqOf = (id: string) => Number(id.split('-')[1]);
    expect(seqOf(answer.events[0]?.id as string)).toBeGreaterThan(seqOf(first) + 1);
    // An id from another epoch (a restart) is said plainly too.
    const other = await answerOf(await poll(a, 'after=zz0-5&wait=0'));
    expect(other.reset).toMatchObject({ reason: 'server-restarted', resumedFrom: 'zz0-5' });
  });
}
