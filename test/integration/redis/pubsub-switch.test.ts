// The break-it switch with two hubs ("instances") on one real Redis: B's connection to Redis is
// killed (CLIENT KILL) while A publishes. Over plain pub/sub what A published meanwhile is gone for
// B, and the gap in the ids says how much; over Streams B's reader reads on from its last id.
import { createClient } from 'redis';
import { afterEach, expect, it } from 'vitest';
import { createRedisHub, type RedisHub } from '../../../mock-server/hub/redis-hub';
import { describeWithRedis, useRedis } from '../support/redis';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeWithRedis('the break-it switch: Streams or plain pub/sub across a Redis blip', () => {
  const redis = useRedis();
  const open: RedisHub[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((h) => h.close()));
  });

  /** Publishes 20 on A, kills B's connection that receives, publishes 40 more, then 20 after. */
  async function blip(prefix: string, mode: 'streams' | 'pubsub') {
    const options = { url: redis().url, prefix, reader: { blockMs: 500 } };
    const [a, b] = [await createRedisHub(options), await createRedisHub(options)];
    open.push(a, b);
    await a.setTransport(mode);
    await sleep(50); // B hears the switch on the control channel
    expect(b.backplane().transport.mode).toBe(mode);
    const seen: string[] = [];
    const sub = await b.subscribe('room:blip', { after: null }, (entry) => seen.push(entry.data));
    await sleep(100); // B's SUBSCRIBE (or XREAD) is in place
    const admin = createClient({ url: redis().url, RESP: 2 });
    await admin.connect();
    const sent: string[] = [];
    const send = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const data = `m${sent.length}`;
        await a.publish('room:blip', { kind: 'chat', data });
        sent.push(data);
      }
    };
    await send(20);
    await sleep(100);
    // B's receiving connection: its pub/sub subscriber, or its reader blocked in XREAD.
    const receiver = async () => {
      const list = String(await admin.sendCommand(['CLIENT', 'LIST'])).split('\n');
      const line =
        mode === 'pubsub'
          ? list.find((l) => l.includes(`name=${b.backplane().transport.subscriber} `))
          : list.find((l) => l.includes('cmd=xread'));
      return /\bid=(\d+)/.exec(line ?? '')?.[1];
    };
    const first = await receiver();
    expect(first).toBeDefined();
    // Cut B's connection before each of the next 40 messages. node-redis reconnects at once, but a
    // new connection needs its handshake and SUBSCRIBE before it hears anything, while the publish
    // right after the cut is one round trip on an open connection: it lands while B is away.
    for (let i = 0; i < 40; i++) {
      const id = i === 0 ? first : await receiver();
      if (id) await admin.sendCommand(['CLIENT', 'KILL', 'ID', id]);
      await send(1);
    }
    // Then wait until B's subscriber is back (and resubscribed) before the last 20.
    for (let i = 0; i < 100; i++) {
      const clients = String(await admin.sendCommand(['CLIENT', 'LIST']));
      if (mode === 'streams' || clients.includes(`name=${b.backplane().transport.subscriber} `))
        break;
      await sleep(100);
    }
    await sleep(mode === 'streams' ? 1500 : 300);
    await send(20);
    await sleep(300);
    sub.close();
    await admin.quit();
    return { seen, sent, lost: b.backplane().transport.lost };
  }

  it('pub/sub: messages published while B was disconnected never reach it, and are counted', async () => {
    const { seen, sent, lost } = await blip('ps1:', 'pubsub');
    expect(lost).toBeGreaterThan(0);
    expect(seen.length + lost).toBe(sent.length);
    expect(seen.slice(0, 20)).toEqual(sent.slice(0, 20));
    expect(seen.slice(-20)).toEqual(sent.slice(-20));
  }, 30_000);

  it('Streams: the same blip loses nothing', async () => {
    const { seen, sent, lost } = await blip('ps2:', 'streams');
    expect(lost).toBe(0);
    expect(seen).toEqual(sent);
  }, 30_000);
});
