// The race across every registered mechanism: rigs load when the compare page opens; a run
// starts inside the click (what needs the user's gesture happens before anything is awaited),
// then races each rig in turn, reporting progress and each result as it lands.
import { now } from '../../lib/clock';
import type { RaceProgress, RaceResult, Rig } from '../../lib/race-types';
import type { Mechanism } from '../../lib/mechanism-types';
import type { PeerRef } from '../../shared/envelope';
import { runRig } from './engine';
import { THROUGHPUT_MIN_MS } from './measure';

/** A rig, or the reason (a text key) its mechanism cannot race. */
export type Contender = { id: string; rig: Rig } | { id: string; cannot: string };

/** The mechanisms `only` names (unknown ids ignored); every one when it names none of them. */
export function chosen(list: readonly Mechanism[], only?: readonly string[]): readonly Mechanism[] {
  const picked = list.filter((m) => only?.includes(m.meta.id));
  return picked.length ? picked : list;
}

export function loadContenders(list: readonly Mechanism[]): Promise<Contender[]> {
  return Promise.all(
    list.map(async ({ meta, race }): Promise<Contender> => {
      if ('cannot' in race) return { id: meta.id, cannot: race.cannot };
      try {
        return { id: meta.id, rig: await race.load() };
      } catch (error) {
        // A rig that failed to load is a reason too: the race goes on without it.
        return { id: meta.id, cannot: error instanceof Error ? error.message : String(error) };
      }
    }),
  );
}

export type RaceRun = {
  contenders: readonly Contender[];
  self: PeerRef;
  messages: number;
  /** The throughput burst's floor in ms; THROUGHPUT_MIN_MS when absent (the bench asks for more). */
  burstMs?: number;
  signal: AbortSignal;
  /** A mechanism's name for the progress line, and the words for a reason key. */
  name: (id: string) => string;
  reason: (cannot: string) => string;
  onProgress: (progress: Partial<RaceProgress>) => void;
  onResult: (result: RaceResult) => void;
};

const cannotRace = (id: string, reason: string): Rig => ({
  id,
  counterpart: '—',
  unavailable: () => reason,
  setup: () => Promise.reject(new Error(reason)),
});

/** Call inside the click handler: gesture steps run now; the returned promise ends with the race. */
export function startRace(run: RaceRun): Promise<{ cancelled: boolean; seconds: number }> {
  const rigs = run.contenders.map((c) =>
    'rig' in c ? c.rig : cannotRace(c.id, run.reason(c.cannot)),
  );
  const undo = rigs.flatMap((rig) => (rig.inGesture ? [rig.inGesture()] : []));
  const started = now();
  run.onProgress({ running: true, done: 0, total: rigs.length, mechanism: null, step: '' });
  return (async () => {
    try {
      for (const [index, rig] of rigs.entries()) {
        if (run.signal.aborted) break;
        if (index === 0) run.onProgress({ mechanism: run.name(rig.id), done: index, step: '' });
        const result = await runRig(rig, run.self, {
          messages: run.messages,
          warmup: Math.min(20, Math.ceil(run.messages / 5)),
          timeoutMs: 2000,
          minThroughputMs: run.burstMs ?? THROUGHPUT_MIN_MS,
          signal: run.signal,
          onStep: (step) => run.onProgress({ step }),
        });
        const next = rigs[index + 1];
        // The next mechanism is announced (after the last one, the race's end), and drawn, before
        // this result is stored: redrawing the table and chart with it is work between two
        // mechanisms, not of the last step measured (a tool timing the steps by the progress line
        // sees it there). After the last one that redraw is the whole page's: about 120 ms of
        // render and commit in a sampled CPU profile on a loaded machine, several µs for each of
        // the thousands of messages of the last mechanism's throughput burst.
        if (next && !run.signal.aborted)
          run.onProgress({ mechanism: run.name(next.id), done: index + 1, step: '' });
        else run.onProgress({ running: false, done: rigs.length, mechanism: null, step: '' });
        await new Promise((resolve) => setTimeout(resolve, 0));
        run.onResult(result);
      }
    } finally {
      for (const step of undo) step();
      run.onProgress({ running: false, done: rigs.length, mechanism: null, step: '' });
    }
    return { cancelled: run.signal.aborted, seconds: (now() - started) / 1000 };
  })();
}
