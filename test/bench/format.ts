// How every bench prints: fixed decimals, ratios, and Markdown tables.
import type { Summary } from '../../src/lib/stats';

export const f = (n: number | null, digits = 2) =>
  n === null ? '—' : Number.isFinite(n) ? n.toFixed(digits) : 'n/a';

export const ratio = (app: number, minimal: number) =>
  minimal > 0 ? `${(app / minimal).toFixed(2)}×` : 'n/a';

export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(headers),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

/** A row of median, p95 and max for the app and the minimal version, with the p95 ratio. */
export const spreadRow = (label: string, app: Summary, minimal: Summary): string[] => [
  label,
  f(app.median),
  f(app.p95),
  f(app.max),
  f(minimal.median),
  f(minimal.p95),
  f(minimal.max),
  ratio(app.p95, minimal.p95),
];
