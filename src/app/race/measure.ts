// What the Race measures once a counterpart answers: round trips at each size (after a warm-up),
// and throughput with many messages in flight. `send` posts one race message and resolves its
// answer's arrival time, or null when none came in time (a lost message).
import { now } from '../../lib/clock';
import type { ErrorInfo } from '../../lib/error-info';
import type { RaceResult, RaceSizeId, RaceSizeResult } from '../../lib/race-types';
import { summarize } from '../../lib/stats';
import { sleep } from './matcher';

export type Send = (body: unknown) => {
  sentAt: number;
  answer: Promise<number | null>;
  error: ErrorInfo | null;
};

export const payload = (bytes: number) => 'x'.repeat(bytes);
/** The throughput burst's body: 1 KiB, a realistic chat or state message (issue 16's goal). */
const THROUGHPUT_BYTES = 1024;

export function refused(size: RaceSizeId, bytes: number, reason: string): RaceSizeResult {
  return {
    size,
    bytes,
    sent: 0,
    received: 0,
    lost: 0,
    warmup: 0,
    roundTrip: null,
    refused: reason,
  };
}

type Rounds = { count: number; warmup: number; gapMs: number; signal: AbortSignal };

/** Round trips of one size, one at a time; a send the transport refuses ends the size. */
export async function measureSize(
  size: { id: RaceSizeId; bytes: number },
  send: Send,
  { count, warmup, gapMs, signal }: Rounds,
): Promise<RaceSizeResult> {
  const body = payload(size.bytes);
  const times: number[] = [];
  let lost = 0;
  for (let i = 0; i < warmup + count && !signal.aborted; i++) {
    const { sentAt, answer, error } = send(body);
    if (error) return refused(size.id, size.bytes, `${error.name}: ${error.message}`);
    const at = await answer;
    if (i >= warmup) {
      if (at === null) lost++;
      else times.push(at - sentAt);
    }
    // Ten losses and nothing back: the counterpart is gone; do not wait 2 s a thousand times.
    if (lost >= 10 && times.length === 0) break;
    if (gapMs) await sleep(gapMs, signal);
  }
  return {
    size: size.id,
    bytes: size.bytes,
    sent: times.length + lost,
    received: times.length,
    lost,
    warmup,
    roundTrip: times.length ? summarize(times) : null,
  };
}

/**
 * The shortest burst the Race times: at 10,000 messages a second, 500 messages take 50 ms, and a
 * single 20 ms stall (a frame, a timer, the OS giving the core to another process) would cost
 * 40 % of the figure. Long enough, the same stall costs a few percent. The minimal page in the
 * bench (test/bench/minimal/race.js) uses the same floor and cap.
 */
export const THROUGHPUT_MIN_MS = 400;
/** …and the most messages it sends to reach that floor. */
export const THROUGHPUT_MAX = 8000;
/**
 * The cap for a longer floor (the bench asks for 2 s, `?burstMs=`): the same 20,000 messages a
 * second as the default's, so no mechanism reaches the cap before the floor that it did not before.
 */
export const throughputCap = (minMs: number) =>
  Math.max(THROUGHPUT_MAX, Math.ceil((minMs / THROUGHPUT_MIN_MS) * THROUGHPUT_MAX));

/**
 * Many messages in flight at once; answers per second once every one is in (or lost). At least
 * `total` messages, and more (up to THROUGHPUT_MAX, or throughputCap's figure for a longer floor)
 * until `minMs` have passed.
 */
export async function measureThroughput(
  total: number,
  send: Send,
  signal: AbortSignal,
  minMs = 0,
): Promise<NonNullable<RaceResult['throughput']>> {
  const body = payload(THROUGHPUT_BYTES);
  const inFlight = 32;
  const begin = now();
  let received = 0;
  let lost = 0;
  let next = 0;
  const cap = throughputCap(minMs);
  const more = () => next < total || (next < cap && now() - begin < minMs);
  const lane = async () => {
    while (more() && !signal.aborted) {
      next++;
      const at = await send(body).answer;
      if (at === null) lost++;
      else received++;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  const seconds = (now() - begin) / 1000;
  return { perSecond: received / seconds, sent: next, received, lost };
}
