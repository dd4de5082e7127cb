// What a Race measures (src/app/race/), kept in the store so the comparison table fills in and the
// results travel with an exported log.
import type { Summary } from './stats';

export const RACE_SIZES = [
  { id: 'small', bytes: 16 },
  { id: '1k', bytes: 1024 },
  { id: '100k', bytes: 100 * 1024 },
] as const;
export type RaceSizeId = (typeof RACE_SIZES)[number]['id'];

export type RaceSizeResult = {
  size: RaceSizeId;
  bytes: number;
  /** Round trips measured (after the warm-up, which is discarded). */
  sent: number;
  received: number;
  lost: number;
  warmup: number;
  roundTrip: Summary | null;
  /** Why this size was not tried (over the mechanism's limit). */
  refused?: string;
};

export type RaceResult = {
  id: string;
  status: 'done' | 'skipped' | 'failed' | 'cancelled';
  reason?: string;
  /** Every figure is a round trip: this tab → counterpart → this tab. */
  measure: 'round-trip';
  counterpart: string;
  sizes: RaceSizeResult[];
  throughput: { perSecond: number; sent: number; received: number; lost: number } | null;
  largestBytes: number | null;
  clock: 'performance.timeOrigin + performance.now()';
  /** Hidden tabs throttle timers: a result measured while hidden is marked. */
  hiddenDuringRun: boolean;
  startedAt: number;
  durationMs: number;
};

export type RaceProgress = {
  running: boolean;
  mechanism: string | null;
  step: string;
  done: number;
  total: number;
};
