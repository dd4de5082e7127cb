// Which mechanisms the Race ran, taken from the app itself: its compare page races every mechanism
// in the registry through that mechanism's own rig (src/mechanisms/<id>/race.ts) and exports them
// all, so a mechanism added to the registry shows up here with no list in the bench. The minimal
// page has a hand-written rig for every mechanism that races (test/bench/minimal/race.js); one added
// to the registry without a minimal rig gets the app's figures alone, and says so. A mechanism whose
// folder says it cannot race is listed with its reason and left out of the figures.
import type { RaceResult } from '../../../src/lib/race-types';
import type { Combined, Goal } from '../figures';
import { f, ratio, table } from '../format';
import type { MinimalRace } from '../race';

export type RosterRun = { app: RaceResult[]; minimal: MinimalRace[] };

export type RosterEntry = {
  id: string;
  counterpart: string;
  /** The app's status in each run, with its reason where it did not finish. */
  app: string[];
  /** The minimal page's, or null when it has no rig for this mechanism. */
  minimal: string[] | null;
};

const appStatus = (r: RaceResult | undefined) =>
  !r ? 'absent' : r.status === 'done' ? 'done' : `${r.status}: ${r.reason ?? ''}`;
const minimalStatus = (r: MinimalRace | undefined) =>
  !r ? 'absent' : r.failed ? `failed: ${r.failed}` : 'done';

/** Every mechanism any run of the app raced, in the app's (the registry's) order. */
export function rosterOf(runs: RosterRun[]): RosterEntry[] {
  const ids = [...new Set(runs.flatMap((run) => run.app.map((r) => r.id)))];
  return ids.map((id) => {
    const apps = runs.map((run) => run.app.find((r) => r.id === id));
    const bare = runs.map((run) => run.minimal.find((r) => r.id === id));
    return {
      id,
      counterpart: apps.find(Boolean)?.counterpart ?? '—',
      app: apps.map(appStatus),
      minimal: bare.some(Boolean) ? bare.map(minimalStatus) : null,
    };
  });
}

/** Skipped in every run: its folder says it cannot race (`race: { cannot }`), or this browser can't. */
export const cannotRace = (m: RosterEntry) => m.app.every((s) => s.startsWith('skipped'));

/** The mechanisms that raced in at least one run: the rows of the figure tables. */
export const racingIds = (roster: RosterEntry[]) =>
  roster.filter((m) => !cannotRace(m)).map((m) => m.id);

const summary = (statuses: string[]) => {
  const distinct = [...new Set(statuses)];
  return distinct.length === 1 ? (distinct[0] as string) : statuses.join(' · ');
};

/** The table of who raced, then each reason a mechanism could not (too long for a cell). */
export function printRoster(roster: RosterEntry[]): string {
  const skipped = roster.filter(cannotRace);
  const rows = table(
    ['mechanism (from the app’s registry)', 'counterpart', 'app', 'minimal page'],
    roster.map((m) =>
      cannotRace(m)
        ? [m.id, m.counterpart, 'cannot race (below)', 'not raced']
        : [
            m.id,
            m.counterpart,
            summary(m.app),
            m.minimal ? summary(m.minimal) : 'no minimal rig: app figures only',
          ],
    ),
  );
  if (skipped.length === 0) return rows;
  const reasons = skipped.map(
    (m) => `- ${m.id}: ${summary(m.app.map((s) => s.replace(/^skipped: /, '')))}`,
  );
  return [rows, '', 'Not raced, in the words of their pages:', ...reasons].join('\n');
}

/**
 * Throughput ≥ 0.8× for every mechanism the server does not rate-limit. A mechanism that could not
 * be measured on either page is a goal not met, with the reason; one the minimal page has no rig
 * for, or that cannot race at all (its rig says why), is not a goal.
 */
export function throughputGoals(roster: RosterEntry[], figures: Combined[]): Goal[] {
  return roster.flatMap((m): Goal[] => {
    const goal = `${m.id} throughput ≥ 0.8× the minimal page's`;
    if (cannotRace(m)) return [];
    if (!m.minimal) return [];
    const fig = figures.find((x) => x.id === `race.${m.id}.throughput`);
    if (fig?.ratio != null)
      return [
        {
          goal,
          met: fig.ratio >= 0.8,
          detail: `${f(fig.app, 0)} against ${f(fig.minimal, 0)} msg/s (${ratio(fig.app ?? 0, fig.minimal ?? 0)}).`,
        },
      ];
    const broken = [...m.app.map((s) => `app ${s}`), ...m.minimal.map((s) => `minimal ${s}`)];
    const notDone = broken.filter((s) => !s.endsWith(' done'));
    if (notDone.length === 0) return []; // both finished without a throughput run: rate-limited
    return [{ goal, met: false, detail: `not measured (${[...new Set(notDone)].join('; ')}).` }];
  });
}
