// The Race: every usable mechanism, one after the other, measured the same way. Each message is a
// `race` envelope; the counterpart answers with something that names it (an echo's `body.ref`, the
// server's ack `body.id`, or the envelope itself coming back), and the time from send to answer is
// one round trip. Warm-up round trips are discarded; a message with no answer in time is lost.
import { now } from '../../lib/clock';
import { createEnvelopeFactory } from '../../lib/envelope-factory';
import {
  RACE_SIZES,
  type RaceResult,
  type RaceSizeId,
  type RaceSizeResult,
  type Rig,
  type RigSession,
} from '../../lib/race-types';
import { summarize } from '../../lib/stats';
import type { PeerRef } from '../../shared/envelope';
import { createMatcher, drawn, sleep } from './matcher';

export { answers } from './matcher';

export type { Rig, RigSession } from '../../lib/race-types';

export type RaceOptions = {
  messages: number;
  warmup: number;
  timeoutMs: number;
  onStep?: (step: string) => void;
  signal: AbortSignal;
};

const payload = (bytes: number) => 'x'.repeat(bytes);
/** The throughput burst's body: 1 KiB, a realistic chat or state message (issue 16's goal). */
export const THROUGHPUT_BYTES = 1024;

export async function runRig(rig: Rig, self: PeerRef, options: RaceOptions): Promise<RaceResult> {
  const startedAt = now();
  let hidden = document.visibilityState === 'hidden';
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') hidden = true;
  };
  document.addEventListener('visibilitychange', onVisibility);
  const base: Omit<RaceResult, 'status' | 'sizes' | 'throughput' | 'largestBytes' | 'durationMs'> =
    {
      id: rig.id,
      measure: 'round-trip',
      counterpart: rig.counterpart,
      clock: 'performance.timeOrigin + performance.now()',
      hiddenDuringRun: hidden,
      startedAt,
    };
  const finish = (partial: Partial<RaceResult> & Pick<RaceResult, 'status'>): RaceResult => {
    document.removeEventListener('visibilitychange', onVisibility);
    return {
      ...base,
      sizes: [],
      throughput: null,
      largestBytes: null,
      ...partial,
      hiddenDuringRun: hidden,
      durationMs: now() - startedAt,
    };
  };

  const reason = rig.unavailable();
  if (reason) return finish({ status: 'skipped', reason });

  let session: RigSession;
  try {
    options.onStep?.('setup');
    session = await rig.setup(self, options.signal);
  } catch (error) {
    return finish({
      status: 'failed',
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  const matcher = createMatcher(session.transport);
  const envelope = createEnvelopeFactory(rig.id);
  const gap = rig.maxPerSecond ? 1000 / rig.maxPerSecond : 0;
  const send = (body: unknown) => {
    const message = envelope(self, rig.kind ?? 'race', body, session.recipient);
    const sentAt = now();
    const answer = matcher.wait(message.id, options.timeoutMs);
    const result = session.transport.send(message);
    if (!result.ok) return { sentAt, answer: Promise.resolve(null), error: result.error };
    return { sentAt, answer, error: null };
  };

  try {
    // The counterpart may still be loading: knock until it answers.
    options.onStep?.('handshake');
    let ready = false;
    for (let attempt = 0; attempt < 40 && !ready && !options.signal.aborted; attempt++) {
      const { answer } = send('hello');
      ready = (await Promise.race([answer, sleep(250, options.signal).then(() => null)])) !== null;
    }
    if (options.signal.aborted) return finish({ status: 'cancelled' });
    if (!ready) return finish({ status: 'failed', reason: 'the counterpart never answered' });

    const count = Math.min(options.messages, rig.maxMessages ?? Infinity);
    const sizes: RaceSizeResult[] = [];
    for (const size of RACE_SIZES) {
      if (options.signal.aborted) return finish({ status: 'cancelled', sizes });
      if (rig.maxBytes && size.bytes > rig.maxBytes.bytes) {
        sizes.push(refused(size.id, size.bytes, rig.maxBytes.reason));
        continue;
      }
      options.onStep?.(size.id);
      await drawn();
      const body = payload(size.bytes);
      const times: number[] = [];
      let lost = 0;
      let failure: string | null = null;
      for (let i = 0; i < options.warmup + count && !options.signal.aborted; i++) {
        const { sentAt, answer, error } = send(body);
        if (error) {
          failure = `${error.name}: ${error.message}`;
          break;
        }
        const at = await answer;
        if (i >= options.warmup) {
          if (at === null) lost++;
          else times.push(at - sentAt);
        }
        // Ten losses and nothing back: the counterpart is gone; do not wait 2 s a thousand times.
        if (lost >= 10 && times.length === 0) break;
        if (gap) await sleep(gap, options.signal);
      }
      if (failure) {
        sizes.push(refused(size.id, size.bytes, failure));
        continue;
      }
      sizes.push({
        size: size.id,
        bytes: size.bytes,
        sent: times.length + lost,
        received: times.length,
        lost,
        warmup: options.warmup,
        roundTrip: times.length ? summarize(times) : null,
      });
    }
    if (options.signal.aborted) return finish({ status: 'cancelled', sizes });

    // Throughput: 1 KiB messages, many in flight at once, until every answer is in (or lost).
    options.onStep?.('throughput');
    await drawn();
    const total = rig.maxPerSecond ? 0 : Math.min(count, 500);
    const throughput =
      total > 0
        ? await measureThroughput(total, payload(THROUGHPUT_BYTES), send, options.signal)
        : null;
    const largest = sizes.filter((s) => !s.refused && s.received > 0).map((s) => s.bytes);
    return finish({
      status: options.signal.aborted ? 'cancelled' : 'done',
      sizes,
      throughput,
      largestBytes: largest.length ? Math.max(...largest) : null,
    });
  } finally {
    matcher.close();
    session.dispose();
  }
}

function refused(size: RaceSizeId, bytes: number, reason: string): RaceSizeResult {
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

/** Many messages in flight at once; answers per second once every one is in (or lost). */
async function measureThroughput(
  total: number,
  body: string,
  send: (body: unknown) => { answer: Promise<number | null> },
  signal: AbortSignal,
): Promise<NonNullable<RaceResult['throughput']>> {
  const inFlight = 32;
  const begin = now();
  let received = 0;
  let lost = 0;
  let next = 0;
  const lane = async () => {
    while (next < total && !signal.aborted) {
      next++;
      const at = await send(body).answer;
      if (at === null) lost++;
      else received++;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  const seconds = (now() - begin) / 1000;
  return { perSecond: received / seconds, sent: total, received, lost };
}
