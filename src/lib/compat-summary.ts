// One mechanism's support per browser, from all of its BCD keys: it works where all of them do,
// since the latest of their versions; a partial or missing one decides the row.
import type { CompatBrowser, CompatEntry, CompatSupport } from './compat-types';

const RANK: Record<CompatSupport['state'], number> = {
  yes: 0,
  partial: 1,
  unknown: 2,
  removed: 3,
  no: 3,
};

/** Compares BCD versions like "15.4", "≤37" and "148" by their numbers. */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) =>
    v
      .replace(/^[^\d]+/, '')
      .split('.')
      .map(Number);
  const [x, y] = [parse(a), parse(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export type CombinedSupport = { state: CompatSupport['state']; since?: string };

export function combineSupport(
  entries: readonly CompatEntry[],
  browser: CompatBrowser,
): CombinedSupport {
  const all = entries.map((e) => e.support[browser]);
  if (all.length === 0) return { state: 'unknown' };
  const worst = all.reduce((w, s) => (RANK[s.state] > RANK[w.state] ? s : w));
  const state = worst.state === 'removed' ? 'no' : worst.state;
  if (state !== 'yes' && state !== 'partial') return { state };
  const since = all
    .map((s) => s.since)
    .filter((v): v is string => v !== undefined)
    .reduce<string | undefined>(
      (max, v) => (!max || compareVersions(v, max) > 0 ? v : max),
      undefined,
    );
  return since ? { state, since } : { state };
}
