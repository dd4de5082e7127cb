// Summary statistics for measurements. Percentiles use the nearest-rank method: the value at rank
// ceil(p/100 · n) of the sorted samples, so every reported figure is a value that was measured.
export type Summary = {
  count: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  mean: number;
};

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1] as number;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = samples.filter(Number.isFinite).sort((a, b) => a - b);
  const count = sorted.length;
  const mean = count ? sorted.reduce((a, b) => a + b, 0) / count : Number.NaN;
  return {
    count,
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    min: sorted[0] ?? Number.NaN,
    max: sorted[count - 1] ?? Number.NaN,
    mean,
  };
}
