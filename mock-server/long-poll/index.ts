// `GET /api/poll?after=<id>`: the feed of `/sse`, one held request at a time. Events after the
// cursor are answered at once (from the hub's history, 100 at most, `more` when there are others);
// with none, the request is held until one is published or `wait` runs out (204, ask again).
// Same ids and resume as SSE's Last-Event-ID (sse-feed/resume.ts): a cursor the history no longer
// holds, or from before a restart, gets its answer with a `reset` that says so.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { CURSOR_HEADER, POLL_LIMITS, type PollAnswer } from '../../src/shared/feed-ways';
import type { Refusal } from '../classroom';
import { logCaught, type GuardCounters } from '../guard/errors';
import { backplaneRefusal } from '../hub/backplane';
import { said, type ServerSaid } from '../../src/shared/server-words';
import { FEED_TOPIC } from '../hub/topics';
import type { Hub, HubEntry, HubSubscription } from '../hub/types';
import { sendJson } from '../http-util';
import { admit } from '../sse-feed/door';
import { startFrom } from '../sse-feed/resume';
import type { Wire } from '../wire/index';
import { createAddressBook } from './addresses';
import { createPollCounters } from './counters';
import { parsePollParams } from './params';

export type PollOptions = {
  hub: Hub;
  guards: GuardCounters;
  wire: Wire;
  isAllowedOrigin: (origin: string | undefined) => boolean;
  checkJoinCode?: (req: IncomingMessage) => Refusal | null;
  waitMs?: number;
  maxHeld?: number;
  maxHeldPerAddress?: number;
  ratePerSecond?: number;
  burst?: number;
};

/** Events are stored as JSON text; the answer embeds them as they are, without a second parse. */
const answerText = (entries: HubEntry[], answer: Omit<PollAnswer, 'events'>) =>
  `{"events":[${entries
    .map((e) => `{"id":${JSON.stringify(e.id)},"event":${JSON.stringify(e.kind)},"data":${e.data}}`)
    .join(
      ',',
    )}],"cursor":${JSON.stringify(answer.cursor)},"more":${answer.more},"reset":${JSON.stringify(answer.reset)}}`;

export type Poll = ReturnType<typeof createPoll>;

export function createPoll(options: PollOptions) {
  const { hub, wire } = options;
  const limits = {
    waitMs: options.waitMs ?? POLL_LIMITS.waitMs,
    maxHeld: options.maxHeld ?? POLL_LIMITS.maxHeld,
    maxHeldPerAddress: options.maxHeldPerAddress ?? POLL_LIMITS.maxHeldPerAddress,
    ratePerSecond: options.ratePerSecond ?? POLL_LIMITS.ratePerSecond,
    burst: options.burst ?? POLL_LIMITS.burst,
  };
  const counters = createPollCounters();
  const addresses = createAddressBook(limits);
  /** Held polls, each with how to end it (the teacher's drop, shutdown). */
  const held = new Map<ServerResponse, () => void>();

  function refuse(res: ServerResponse, status: number, error: string, told: ServerSaid, h = {}) {
    sendJson(res, status, { error, ...told }, h);
  }

  async function serve(req: IncomingMessage, res: ServerResponse, cors: Record<string, string>) {
    const parsed = parsePollParams(req, limits.waitMs);
    if (!parsed.ok) {
      counters.badInput++;
      return refuse(res, 400, 'bad-poll', parsed.said, cors);
    }
    const address = req.socket.remoteAddress ?? '';
    const busy = addresses.check(address);
    if (busy) {
      if (busy.reason === 'held') counters.addressCapped++;
      else counters.rateLimited++;
      const told =
        busy.reason === 'held'
          ? said('poll-held', { max: limits.maxHeldPerAddress })
          : said('poll-rate', { rate: limits.ratePerSecond });
      return refuse(res, 429, 'too-many', told, {
        ...cors,
        'Retry-After': String(busy.retryAfterS),
      });
    }
    const { after, waitMs } = parsed.params;
    const start = await startFrom(hub, after);
    if (start.reset) counters.resets++;
    const headers = { ...cors, 'Access-Control-Expose-Headers': CURSOR_HEADER };
    const answer = (entries: HubEntry[], more: boolean) => {
      counters.answered++;
      counters.events += entries.length;
      const cursor = entries.at(-1)?.id ?? start.cursor;
      const text = answerText(entries, { cursor, more, reset: start.reset });
      res.writeHead(200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': Buffer.byteLength(text),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        ...headers,
      });
      res.end(text);
    };
    const first = start.first;
    if (start.reset || (first && first.entries.length > 0))
      return answer(first?.entries ?? [], first?.more ?? false);
    if (res.destroyed || req.socket.destroyed) return;
    // Nothing yet: hold. The subscription starts at the cursor, so an event published between the
    // read above and now is delivered, not lost (the hub's contract).
    addresses.hold(address);
    let subscription: HubSubscription | null = null;
    const batch: HubEntry[] = [];
    const timeout = () => {
      if (!held.has(res)) return;
      end();
      counters.timedOut++;
      res.writeHead(204, {
        'Cache-Control': 'no-store',
        [CURSOR_HEADER]: start.cursor,
        ...headers,
      });
      res.end();
    };
    const timer = setTimeout(timeout, waitMs);
    function end() {
      if (!held.delete(res)) return;
      clearTimeout(timer);
      subscription?.close();
      addresses.release(address);
    }
    held.set(res, () => {
      end();
      res.destroy();
    });
    res.on('close', end);
    const flush = () => {
      if (!held.has(res)) return;
      end();
      answer(batch.slice(0, POLL_LIMITS.page), batch.length > POLL_LIMITS.page);
    };
    subscription = await hub.subscribe(FEED_TOPIC, { after: start.cursor }, (entry) => {
      // Whatever arrives in the same turn goes in one answer.
      if (batch.push(entry) === 1) setImmediate(flush);
    });
    if (!held.has(res)) subscription.close();
  }

  return {
    handle(req: IncomingMessage, res: ServerResponse) {
      const cors = admit(req, res, {
        ...options,
        counters,
        full: () => held.size >= limits.maxHeld,
      });
      if (!cors) return;
      const tracked = wire.track('poll', req, req.socket as Socket);
      res.once('close', tracked.done);
      serve(req, res, cors).catch((error: unknown) => {
        held.get(res)?.();
        const down = backplaneRefusal(error);
        if (down === null) {
          options.guards.poll++;
          logCaught('poll', error);
        }
        if (res.headersSent) return res.destroy();
        if (down !== null)
          return refuse(res, 503, 'backplane-down', down, { ...cors, 'Retry-After': '1' });
        refuse(res, 500, 'internal', said('poll-failed'), cors);
      });
    },
    info: () => ({ held: held.size, waitMs: limits.waitMs, counters: { ...counters } }),
    limits: () => ({ ...limits, held: held.size }),
    /** The teacher's button: every held poll breaks; each client polls again with its cursor. */
    dropAll(): number {
      const ends = [...held.values()];
      counters.dropped += ends.length;
      for (const drop of ends) drop();
      return ends.length;
    },
    close() {
      for (const drop of [...held.values()]) drop();
    },
  };
}
