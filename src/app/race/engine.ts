// The Race: every usable mechanism, one after the other, measured the same way. Each message is a
// `race` envelope; the counterpart answers with something that names it (an echo's `body.ref`, the
// server's ack `body.id`, or the envelope itself coming back), and the time from send to answer is
// one round trip. Warm-up round trips are discarded; a message with no answer in time is lost.
import { now } from '../../lib/clock';
import { createEnvelopeFactory } from '../../lib/envelope-factory';
import {
  RACE_SIZES,
  type RaceResult,
  type RaceSizeResult,
  type Rig,
  type RigSession,
} from '../../lib/race-types';
import type { PeerRef } from '../../shared/envelope';
import { createMatcher, drawn, sleep } from './matcher';
import { measureSize, measureThroughput, refused, type Send } from './measure';

export { answers } from './matcher';

export type { Rig, RigSession } from '../../lib/race-types';

export type RaceOptions = {
  messages: number;
  warmup: number;
  timeoutMs: number;
  /** The throughput burst lasts at least this long (see THROUGHPUT_MIN_MS); default 0. */
  minThroughputMs?: number;
  onStep?: (step: string) => void;
  signal: AbortSignal;
};

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
  const send: Send = (body) => {
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
      const rounds = { count, warmup: options.warmup, gapMs: gap, signal: options.signal };
      sizes.push(await measureSize(size, send, rounds));
    }
    if (options.signal.aborted) return finish({ status: 'cancelled', sizes });

    // Throughput: 1 KiB messages, many in flight at once, until every answer is in (or lost).
    options.onStep?.('throughput');
    await drawn();
    const total = rig.maxPerSecond ? 0 : Math.min(count, 500);
    const throughput =
      total > 0
        ? await measureThroughput(total, send, options.signal, options.minThroughputMs)
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
