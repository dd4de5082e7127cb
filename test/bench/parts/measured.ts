// What the wall-clock parts share: a measurement's median and p95 as two figures, and a part run
// once per run, its figures combined into medians, printed, and checked against its goals.
import type { Summary } from '../../../src/lib/stats';
import { combine, type Figure, figuresTable, type Goal, printGoals } from '../figures';
import { eachRun, type PartContext, type PartResult } from './context';

/** Median and p95 of one measurement, app and minimal, as two figures. */
export const spread = (id: string, label: string, app: Summary, bare: Summary): Figure[] => [
  {
    id: `${id}.median`,
    label: `${label}, median`,
    unit: 'ms',
    better: 'lower',
    app: app.median,
    minimal: bare.median,
  },
  {
    id: `${id}.p95`,
    label: `${label}, p95`,
    unit: 'ms',
    better: 'lower',
    app: app.p95,
    minimal: bare.p95,
  },
];

export async function measured(
  ctx: PartContext,
  label: string,
  once: (run: number) => Promise<Figure[]>,
  goals: (figures: PartResult['figures']) => Goal[] = () => [],
): Promise<PartResult> {
  const raw: Figure[][] = await eachRun(ctx.options, label, once);
  const figures = combine(raw);
  console.log(`\n${figuresTable(figures)}`);
  const met = goals(figures);
  if (met.length) console.log(`\n${printGoals(met)}`);
  return { figures, goals: met, raw };
}
