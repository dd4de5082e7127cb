// What a poll asks for: `after` (the id of the last event the reader has; absent: only what comes
// next), `wait` (ms to hold, at most POLL_LIMITS.waitMs) and `client` (its name for the byte
// counts). Anything else wrong gets a 400 that says what a right value looks like.
import type { IncomingMessage } from 'node:http';
import { isWireClient, POLL_LIMITS } from '../../src/shared/feed-ways';
import { parseTarget } from '../guard/url';
import { parseHubId } from '../hub/ids';

export type PollParams = { after: string | null; waitMs: number; client: string | null };

export type ParamsResult = { ok: true; params: PollParams } | { ok: false; message: string };

export function parsePollParams(req: IncomingMessage, maxWaitMs: number): ParamsResult {
  const query = parseTarget(req.url)?.searchParams;
  if (!query) return { ok: false, message: 'The request target is not a URL.' };
  const after = query.get('after');
  if (after !== null && (after.length > POLL_LIMITS.maxCursor || !parseHubId(after)))
    return {
      ok: false,
      message: `after must be an event id like "mfx3k2-17" (the id of the last event you have, at most ${POLL_LIMITS.maxCursor} characters), or left out to wait for the next event.`,
    };
  const wait = query.get('wait');
  const waitMs = wait === null ? maxWaitMs : Number(wait);
  if (!/^\d{1,6}$/.test(wait ?? '0') || waitMs > maxWaitMs)
    return { ok: false, message: `wait must be whole milliseconds from 0 to ${maxWaitMs}.` };
  const client = query.get('client');
  if (client !== null && !isWireClient(client))
    return { ok: false, message: 'client must be 1–40 of A-Z, a-z, 0-9, "_" and "-".' };
  return { ok: true, params: { after, waitMs, client } };
}
