// The door to the feed (`/sse`, and `/api/poll` too): Origin (with CORS for allowed cross-origin
// readers), the class's join code, the method, and the cap on open streams. Returns the CORS
// headers, or null when it answered.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Refusal } from '../classroom';
import { sendJson } from '../http-util';
import type { FeedCounters } from './counters';
import { said } from '../../src/shared/server-words';

type Door = {
  isAllowedOrigin: (origin: string | undefined) => boolean;
  checkJoinCode?: (req: IncomingMessage) => Refusal | null;
  counters: Pick<FeedCounters, 'rejectedOrigin' | 'rejectedCode' | 'capped'>;
  full: () => boolean;
};

function refuse(
  res: ServerResponse,
  error: string,
  refusal: Refusal,
  cors: Record<string, string>,
) {
  const headers = refusal.retryAfterS
    ? { ...cors, 'Retry-After': String(refusal.retryAfterS) }
    : cors;
  sendJson(res, refusal.status, { error, ...refusal.said }, headers);
}

export function admit(
  req: IncomingMessage,
  res: ServerResponse,
  { isAllowedOrigin, checkJoinCode, counters, full }: Door,
): Record<string, string> | null {
  const origin = req.headers.origin;
  const cors: Record<string, string> = {};
  if (origin !== undefined) {
    if (!isAllowedOrigin(origin)) {
      counters.rejectedOrigin++;
      refuse(res, 'origin-not-allowed', { status: 403, said: said('feed-origin', { origin }) }, {});
      return null;
    }
    cors['Access-Control-Allow-Origin'] = origin;
    cors.Vary = 'Origin';
  }
  const code = checkJoinCode?.(req);
  if (code) {
    counters.rejectedCode++;
    refuse(res, 'join-code', code, cors);
    return null;
  }
  if (req.method !== 'GET') {
    refuse(res, 'method', { status: 405, said: said('feed-method') }, cors);
    return null;
  }
  if (full()) {
    counters.capped++;
    refuse(res, 'full', { status: 503, said: said('feed-full'), retryAfterS: 5 }, cors);
    return null;
  }
  return cors;
}
