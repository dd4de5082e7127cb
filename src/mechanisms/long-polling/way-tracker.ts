// What one way (long poll, SSE or WebSocket) delivered, by the server's event ids `<epoch>-<seq>`
// (one sequence for the whole feed): a jump in seq is a gap (events this way never brought), a
// repeat is a duplicate; and how long each fresh event took from its sender's `sentAt`.
import { parseEventId } from '../../shared/server-protocol';

export type Verdict = 'first' | 'in-order' | 'gap' | 'duplicate' | 'new-epoch' | 'unreadable';

export type WayView = {
  state: 'connecting' | 'open' | 'closed';
  /** Requests this page made: polls, EventSource (re)connections, WebSocket connections. */
  requests: number;
  received: number;
  gaps: number;
  missed: number;
  duplicates: number;
  lastId: string | null;
  /** Delivery latency (ms) of every fresh event: median and 95th percentile. */
  latency: { n: number; median: number | null; p95: number | null };
  reconnects: number;
  /** Events the server replayed on the last reconnection (from the history). */
  replayed: number;
  /** The last reset the server announced (`too-old`, `server-restarted`), if any. */
  reset: string | null;
  /** The last few events, newest first: id, event name and the body as text. */
  recent: { id: string; event: string; text: string }[];
  /** The ids around the last gap: the server can say what lies between them. */
  lastGap: { after: string; next: string } | null;
};

const LATENCIES_KEPT = 500;
const RECENT_KEPT = 8;

const percentile = (sorted: readonly number[], p: number): number | null =>
  sorted.length === 0
    ? null
    : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? null);

export class WayTracker {
  private last: { epoch: string; seq: number } | null = null;
  private latencies: number[] = [];
  view: WayView = {
    state: 'closed',
    requests: 0,
    received: 0,
    gaps: 0,
    missed: 0,
    duplicates: 0,
    lastId: null,
    latency: { n: 0, median: null, p95: null },
    reconnects: 0,
    replayed: 0,
    reset: null,
    recent: [],
    lastGap: null,
  };

  /** One event as this way delivered it; `latencyMs` only for live (not replayed) ones. */
  observe(
    id: string,
    latencyMs: number | null,
    shown: { event: string; text: string } = { event: '', text: '' },
  ): Verdict {
    const parsed = parseEventId(id);
    if (!parsed) return 'unreadable';
    const previous = this.last;
    const view = { ...this.view };
    if (previous && parsed.epoch === previous.epoch && parsed.seq <= previous.seq) {
      view.duplicates++;
      this.view = view;
      return 'duplicate';
    }
    this.last = parsed;
    view.lastId = id;
    view.received++;
    view.recent = [{ id, ...shown }, ...view.recent].slice(0, RECENT_KEPT);
    if (latencyMs !== null && Number.isFinite(latencyMs)) this.addLatency(view, latencyMs);
    this.view = view;
    if (!previous) return 'first';
    if (parsed.epoch !== previous.epoch) return 'new-epoch';
    if (parsed.seq === previous.seq + 1) return 'in-order';
    view.gaps++;
    view.lastGap = { after: `${previous.epoch}-${previous.seq}`, next: id };
    view.missed += parsed.seq - previous.seq - 1;
    return 'gap';
  }

  /** A position without an event (a `ready`, a 204's cursor): later events count from here. */
  mark(id: string | null): void {
    const parsed = id ? parseEventId(id) : null;
    if (!parsed || (this.last && this.last.epoch === parsed.epoch)) return;
    this.last = parsed;
    this.view = { ...this.view, lastId: id };
  }

  update(next: Partial<WayView>): void {
    this.view = { ...this.view, ...next };
  }

  private addLatency(view: WayView, ms: number) {
    this.latencies.push(Math.max(0, ms));
    if (this.latencies.length > LATENCIES_KEPT) this.latencies.shift();
    const sorted = [...this.latencies].sort((a, b) => a - b);
    view.latency = {
      n: view.latency.n + 1,
      median: percentile(sorted, 50),
      p95: percentile(sorted, 95),
    };
  }
}
