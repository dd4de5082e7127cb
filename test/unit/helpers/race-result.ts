// One Race result for tests (the chart, the comparison table, the bench's roster and figures), so
// a field added to RaceResult is filled in here once. A test names only what it is about.
import type { Summary } from '../../../src/lib/stats';
import type { RaceResult, RaceSizeResult } from '../../../src/lib/race-types';

export function raceResult(id: string, fields: Partial<RaceResult> = {}): RaceResult {
  return {
    id,
    status: 'done',
    measure: 'round-trip',
    counterpart: 'an echo',
    sizes: [],
    throughput: null,
    largestBytes: null,
    clock: 'performance.timeOrigin + performance.now()',
    hiddenDuringRun: false,
    startedAt: 0,
    durationMs: 1,
    ...fields,
  };
}

/** The 1 KiB step: every round trip of `count` answered, after `warmup` discarded ones. */
export function oneKiB(roundTrip: Summary, count: number, warmup: number): RaceSizeResult {
  return {
    size: '1k',
    bytes: 1024,
    sent: count,
    received: count,
    lost: 0,
    warmup,
    roundTrip,
  };
}
