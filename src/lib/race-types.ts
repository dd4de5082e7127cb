// What a Race measures (src/app/race/), kept in the store so the comparison table fills in and the
// results travel with an exported log.
import type { PeerRef } from '../shared/envelope';
import type { Summary } from './stats';
import type { Transport } from './transport-types';

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

// ── A mechanism's race rig (src/mechanisms/<id>/race.ts) ──────────────────────────────────────

export type RigSession = {
  transport: Transport;
  /** Sets `recipient` where the transport needs one (window messaging). */
  recipient?: string;
  dispose: () => void;
};

export type Rig = {
  id: string;
  /** Who answers: "an iframe on another origin", "the server", … (shown with the result). */
  counterpart: string;
  /** Why it cannot run here, or null. Read when the race starts. */
  unavailable: () => string | null;
  /**
   * Runs inside the click that starts the race, before anything is awaited (a popup opened later
   * is blocked: https://html.spec.whatwg.org/multipage/interaction.html#tracking-user-activation).
   * Returns what to undo when the race ends.
   */
  inGesture?: () => () => void;
  setup: (self: PeerRef, signal: AbortSignal) => Promise<RigSession>;
  /** Payloads above this many bytes are refused by the mechanism (not tried). */
  maxBytes?: { bytes: number; reason: string };
  /** A server rate limit: at most this many messages a second. */
  maxPerSecond?: number;
  /** Fewer messages than asked for, where a limit makes many impractical. */
  maxMessages?: number;
  /** The envelope kind the counterpart expects (`race` unless the protocol says otherwise). */
  kind?: string;
};
