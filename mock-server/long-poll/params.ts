// What a poll asks for: `after` (the id of the last event the reader has; absent: only what comes
// next), `wait` (ms to hold, at most POLL_LIMITS.waitMs) and `client` (its name for the byte
// counts). Anything else wrong gets a 400 that says what a right value looks like.
import type { IncomingMessage } from 'node:http';
import { isWireClient, POLL_LIMITS } from '../../src/shared/feed-ways';
import { parseTarget } from '../guard/url';
import { parseHubId } from '../hub/ids';
import { said, type ServerSaid } from '../../src/shared/server-words';

export type PollParams = { after: string | null; waitMs: number; client: string | null };

export type ParamsResult = { ok: true; params: PollParams } | { ok: false; said: ServerSaid };

export function parsePollParams(req: IncomingMessage, maxWaitMs: number): ParamsResult {
  const query = parseTarget(req.url)?.searchParams;
  if (!query) return { ok: false, said: said('bad-target') };
  const after = query.get('after');
  if (after !== null && (after.length > POLL_LIMITS.maxCursor || !parseHubId(after)))
    return { ok: false, said: said('poll-after', { max: POLL_LIMITS.maxCursor }) };
  const wait = query.get('wait');
  const waitMs = wait === null ? maxWaitMs : Number(wait);
  if (!/^\d{1,6}$/.test(wait ?? '0') || waitMs > maxWaitMs)
    return { ok: false, said: said('poll-wait', { max: maxWaitMs }) };
  const client = query.get('client');
  if (client !== null && !isWireClient(client)) return { ok: false, said: said('poll-client') };
  return { ok: true, params: { after, waitMs, client } };
}
