// Classroom mode's doors: the join code every endpoint with class state asks for (wrong codes are
// throttled per address: a few, then a growing wait), and the teacher token that actions affecting
// every student need. Codes and tokens are compared without leaking, by timing, how much was right.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { parseTarget } from './guard/url';
import { joinCodeMatches } from './lan';
import { said, type ServerSaid } from '../src/shared/server-words';

/** A refusal: its status, and what the client is told (a code, its values and the English). */
export type Refusal = { status: number; said: ServerSaid; retryAfterS?: number };

export type ClassroomCounters = {
  joinFailed: number;
  joinThrottled: number;
  teacherRefused: number;
};

const FREE_FAILURES = 3;
const MAX_WAIT_MS = 30_000;
const MAX_TRACKED = 10_000;

export const newTeacherToken = () => randomBytes(12).toString('base64url');

export function createClassroom(options: {
  joinCode?: string;
  /** Needed for teacher actions; undefined leaves them to the Origin check (loopback only). */
  teacherToken?: string;
  now?: () => number;
}) {
  const now = options.now ?? Date.now;
  const counters: ClassroomCounters = { joinFailed: 0, joinThrottled: 0, teacherRefused: 0 };
  const failures = new Map<string, { count: number; until: number }>();

  /** The code from ?code= (WebSocket, EventSource, the join check) or X-Join-Code (REST). */
  const codeOf = (req: IncomingMessage): string | null => {
    const query = parseTarget(req.url)?.searchParams.get('code');
    if (typeof query === 'string') return query;
    const header = req.headers['x-join-code'];
    return typeof header === 'string' ? header : null;
  };

  function fail(address: string) {
    counters.joinFailed++;
    if (failures.size >= MAX_TRACKED) failures.clear(); // a flood of addresses: start over, bounded
    const entry = failures.get(address) ?? { count: 0, until: 0 };
    entry.count++;
    const over = entry.count - FREE_FAILURES;
    if (over > 0) entry.until = now() + Math.min(MAX_WAIT_MS, 1000 * 2 ** (over - 1));
    failures.set(address, entry);
  }

  return {
    counters,
    joinCode: options.joinCode,
    teacherToken: options.teacherToken,
    /** null when the request may pass; otherwise the answer to give. */
    checkJoin(req: IncomingMessage): Refusal | null {
      if (!options.joinCode) return null;
      const address = req.socket.remoteAddress ?? '';
      const entry = failures.get(address);
      const wait = entry ? entry.until - now() : 0;
      if (wait > 0) {
        counters.joinThrottled++;
        const retryAfterS = Math.ceil(wait / 1000);
        return {
          status: 429,
          retryAfterS,
          said: said('join-throttled', { seconds: retryAfterS }),
        };
      }
      if (joinCodeMatches(options.joinCode, codeOf(req))) {
        failures.delete(address);
        return null;
      }
      fail(address);
      return { status: 403, said: said('join-code') };
    },
    checkTeacher(req: IncomingMessage): Refusal | null {
      if (!options.teacherToken) return null;
      const given = req.headers['x-teacher-token'];
      if (joinCodeMatches(options.teacherToken, typeof given === 'string' ? given : null))
        return null;
      counters.teacherRefused++;
      return {
        status: 403,
        said: said('teacher-only'),
      };
    },
  };
}

export type Classroom = ReturnType<typeof createClassroom>;
