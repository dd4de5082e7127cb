// The cluster as the server panel and the pages see it, with real processes and a real Redis: the
// list of instances with their clients, the teacher's "stop this instance" (guarded by the teacher
// token), and a chat reader on the stopped instance moving to another and resuming with 0 gaps.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Envelope } from '../../../src/shared/envelope';
import { openChat, peer, type ChatClient } from '../support/clients';
import { startInstances, type Instance } from '../support/instances';
import { describeWithRedis, useRedis } from '../support/redis';

const TOKEN = 'teacher-secret';
type Listed = { name: string; url: string; clients: number; alive: boolean; stopped: boolean };
type View = { clustered: boolean; self: string; instances: Listed[] };

describeWithRedis('the instance list and the teacher stopping an instance', () => {
  const redis = useRedis();
  let instances: Instance[] = [];
  const closers: (() => void)[] = [];
  beforeAll(async () => {
    instances = await startInstances(['a', 'b'], {
      REDIS_URL: redis().url,
      FEED_GENERATED: 'off',
      TEACHER_TOKEN: TOKEN,
    });
  }, 90_000);
  afterAll(async () => {
    closers.forEach((close) => close());
    await Promise.all(instances.map((instance) => instance.kill()));
  });
  const a = () => instances[0] as Instance;
  const b = () => instances[1] as Instance;
  const view = (instance: Instance) =>
    fetch(instance.api('/api/cluster')).then((r) => r.json()) as Promise<View>;
  const stop = (instance: Instance, name: string, token: string | null = TOKEN) =>
    fetch(instance.api('/api/admin/stop-instance'), {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { 'X-Teacher-Token': token } : {}),
      },
      body: JSON.stringify({ name }),
    });
  const until = async <T>(check: () => Promise<T | undefined>, what: string, ms = 15_000) => {
    const end = Date.now() + ms;
    for (;;) {
      const value = await check();
      if (value !== undefined) return value;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  it('the break-it switch: a teacher on A moves every instance to plain pub/sub and back', async () => {
    const transport = (instance: Instance, body: unknown, token: string | null = TOKEN) =>
      fetch(instance.api('/api/admin/transport'), {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { 'X-Teacher-Token': token } : {}),
        },
        body: JSON.stringify(body),
      });
    const modeOn = async (instance: Instance) =>
      (
        (await fetch(instance.api('/api/info')).then((r) => r.json())) as {
          backplane: { transport: { mode: string } };
        }
      ).backplane.transport.mode;
    expect((await transport(a(), { mode: 'pubsub' }, null)).status).not.toBe(200);
    expect((await transport(a(), { mode: 'kafka' })).status).toBe(400);
    expect(await modeOn(b())).toBe('streams');
    expect((await transport(a(), { mode: 'pubsub' })).status).toBe(200);
    await until(async () => ((await modeOn(b())) === 'pubsub' ? true : undefined), 'B on pub/sub');
    expect((await transport(b(), { mode: 'streams' })).status).toBe(200);
    await until(async () => ((await modeOn(a())) === 'streams' ? true : undefined), 'A on Streams');
  });

  it('lists both instances with their clients; stopping needs the teacher token; a reader on the stopped one resumes on the other with 0 gaps and 0 duplicates', async () => {
    const publisher = await openChat(a().ws, a().origin, peer('Pub'));
    closers.push(publisher.close);
    await publisher.join('move');
    type Relayed = Envelope & { hubId?: string };
    const received: Relayed[] = [];
    let cursor: string | null = null;
    const connect = async (instance: Instance) => {
      const client: ChatClient = await openChat(instance.ws, instance.origin, peer('Reader'));
      closers.push(client.close);
      client.ws.on('message', (data, isBinary) => {
        if (isBinary) return;
        const envelope = JSON.parse(String(data)) as Relayed;
        if (envelope.kind === 'history' && envelope.sender.kind === 'server') {
          const body = envelope.body as { messages: Relayed[]; lastId: string; gap?: unknown };
          expect(body.gap).toBeUndefined();
          received.push(...body.messages);
          cursor = body.lastId;
        } else if (envelope.kind === 'chat' && envelope.sender.kind !== 'server') {
          received.push(envelope);
          cursor = envelope.hubId ?? cursor;
        }
      });
      client.send('join', cursor === null ? { room: 'move' } : { room: 'move', after: cursor });
      await client.server('history');
      return client;
    };
    const reader = await connect(b());

    // Heartbeats every 2 s carry each instance's client count.
    const listed = await until(async () => {
      const seen = await view(a());
      const named = (name: string) => seen.instances.find((i) => i.name === name);
      return seen.clustered && named('a')?.clients === 1 && named('b')?.clients === 1
        ? seen
        : undefined;
    }, 'both instances listed with one client each');
    expect(listed.self).toBe('a');
    expect(listed.instances.map((i) => [i.name, i.alive, i.url])).toEqual([
      ['a', true, `http://localhost:${a().port}/`],
      ['b', true, `http://localhost:${b().port}/`],
    ]);

    expect((await stop(a(), 'b', null)).status).toBe(403);
    expect((await stop(a(), 'b', 'wrong')).status).toBe(403);
    expect((await stop(a(), 'nobody')).status).toBe(404);

    const sending = (async () => {
      for (let m = 0; m < 60; m++) {
        publisher.send('chat', `m${m}`);
        // 20 a second: the chat's rate limit, so none is refused however the timers bunch up.
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    await reader.until(() => (received.length >= 15 ? true : undefined), '15 messages on b');
    const stopped = await stop(a(), 'b');
    expect(stopped.status).toBe(202);
    // The instance goes: its clients are told (1001) and its process exits.
    expect((await reader.closed()).code).toBe(1001);
    await b().exited();
    const after = await view(a());
    expect(after.instances.find((i) => i.name === 'b')).toMatchObject({
      alive: false,
      stopped: true,
    });

    const moved = await connect(a());
    await sending;
    await moved.until(() => (received.length >= 60 ? true : undefined), 'all 60 on a', 30_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(received.map((e) => e.body)).toEqual(Array.from({ length: 60 }, (_, m) => `m${m}`));
    const seqs = received.map((e) => Number(e.hubId?.split('-')[1]));
    expect(seqs.every((seq, i) => i === 0 || seq === (seqs[i - 1] as number) + 1)).toBe(true);
  }, 90_000);
});
