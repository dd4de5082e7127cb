// Every figure the bench reports, as one flat list: the app's value, the minimal page's, their
// ratio, and each run's values, so .bench-results/latest.json can be checked by a script. A figure
// is the median over the runs: one run on a shared machine says little.
import { f, ratio, table } from './format';

export type Figure = {
  /** Stable and dotted: `race.broadcast-channel.throughput`, `log.cpu-task`. */
  id: string;
  label: string;
  unit: string;
  /** Which way is better, so a script can tell a regression from an improvement. */
  better: 'lower' | 'higher';
  app: number | null;
  minimal: number | null;
};

export type Combined = Figure & {
  ratio: number | null;
  runs: { app: Array<number | null>; minimal: Array<number | null> };
};

export function median(values: Array<number | null | undefined>): number | null {
  const sorted = values
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const ratioOf = (app: number | null, minimal: number | null) =>
  app !== null && minimal !== null && minimal > 0 ? app / minimal : null;

/** Figures from several runs, matched by id: the median of each side, and the ratio of medians. */
export function combine(runs: Figure[][]): Combined[] {
  const ids = [...new Set(runs.flat().map((fig) => fig.id))];
  return ids.map((id) => {
    const each = runs.map((run) => run.find((fig) => fig.id === id));
    const first = each.find(Boolean) as Figure;
    const app = median(each.map((fig) => fig?.app));
    const minimal = median(each.map((fig) => fig?.minimal));
    return {
      ...first,
      app,
      minimal,
      ratio: ratioOf(app, minimal),
      runs: {
        app: each.map((fig) => fig?.app ?? null),
        minimal: each.map((fig) => fig?.minimal ?? null),
      },
    };
  });
}

const digits = (unit: string) => (unit === 'msg/s' ? 0 : unit === 'µs/msg' ? 1 : 2);
const runList = (values: Array<number | null>, unit: string) =>
  values.map((v) => f(v, digits(unit))).join(', ');

/** One row per figure: medians over the runs, the ratio, and every run's values. */
export function figuresTable(figures: Combined[]): string {
  return table(
    ['figure', 'unit', 'app', 'minimal', 'ratio', 'app runs', 'minimal runs'],
    figures.map((fig) => [
      fig.label,
      fig.unit,
      f(fig.app, digits(fig.unit)),
      f(fig.minimal, digits(fig.unit)),
      fig.app !== null && fig.minimal !== null ? ratio(fig.app, fig.minimal) : 'n/a',
      runList(fig.runs.app, fig.unit),
      runList(fig.runs.minimal, fig.unit),
    ]),
  );
}

export type Goal = { goal: string; met: boolean; detail: string };

export const printGoals = (goals: Goal[]) =>
  goals.map((g) => `Goal ${g.met ? 'met' : 'NOT met'}: ${g.goal}. ${g.detail}`).join('\n');
