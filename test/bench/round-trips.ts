// The pure half of the window-messaging bench: round trips read from the app's exported log, and
// the count check both pages pass through. Unit-tested in test/unit/bench/round-trips.test.ts.
import { summarize, type Summary } from '../../src/lib/stats';
import type { CpuPerMessage } from './cpu';

export const RT_WARMUP = 20;
export const RT_MESSAGES = 200;

/** The fields of an exported log entry this bench reads. */
export type ExportedEntry = {
  direction: string;
  summary: string;
  at: number;
  envelope?: { id: string; kind: string; sentAt: number; body: { of?: string } };
};

/**
 * Round trips from the exported log: a sent message's `sentAt` to the arrival (`at`) of the
 * receipt whose `body.of` names it. Only messages typed as `<prefix>-<n>` with n ≥ `warmup` count.
 */
export function roundTrips(entries: ExportedEntry[], prefix = 'rt', warmup = RT_WARMUP): number[] {
  const typed = new RegExp(`^${prefix}-(\\d+)$`);
  const sent = new Map<string, { n: number; sentAt: number }>();
  for (const e of entries) {
    const match = typed.exec(e.summary);
    if (e.direction === 'sent' && match && e.envelope)
      sent.set(e.envelope.id, { n: Number(match[1]), sentAt: e.envelope.sentAt });
  }
  const rtts: number[] = [];
  for (const e of entries) {
    const of =
      e.direction === 'received' && e.envelope?.kind === 'ack' ? e.envelope.body.of : undefined;
    const original = of ? sent.get(of) : undefined;
    if (original && original.n >= warmup) rtts.push(e.at - original.sentAt);
  }
  return rtts;
}

/** A run counts only when every message came back: a lost receipt is a failure, not a gap. */
export function checked(rtts: number[], what: string, expected = RT_MESSAGES): Summary {
  if (rtts.length !== expected)
    throw new Error(`${what}: ${rtts.length} of ${expected} round trips came back`);
  return summarize(rtts);
}

/** What one page's round trips came to: their spread, and the tab's CPU time per message typed. */
export type RoundTripsSummary = { trips: Summary; cpu: CpuPerMessage };
