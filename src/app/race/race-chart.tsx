// The race's chart: one row per mechanism, its round trips on a log scale (box: median to p95).
import { memo } from 'react';
import { describeReason } from '../../components/message-log/reason';
import type { T } from '../../i18n/use-t';
import type { RaceResult, RaceSizeId } from '../../lib/race-types';
import { mechanisms } from '../../mechanisms/registry';

const registry = mechanisms.map((m) => m.meta);

// Log scale from 0.1 ms to 1 s: four decades across the bar, a tick at each, so the axis reads
// what the legend says ("each step is ten times slower") in every window.
const MIN_MS = 0.1;
const DECADES = 4;
const TICKS = [0.1, 1, 10, 100, 1000];
const x = (ms: number) =>
  Math.max(0, Math.min(100, (Math.log10(Math.max(ms, MIN_MS) / MIN_MS) / DECADES) * 100));
export const f = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

function ChartUnmemoized({
  t,
  results,
  size,
}: {
  t: T;
  results: Record<string, RaceResult>;
  size: RaceSizeId;
}) {
  return (
    <ul className="race-chart" aria-label={t('race.chartTitle')}>
      {registry.map((meta) => {
        const name = t(meta.titleKey);
        const result = results[meta.id];
        const figures = result?.sizes.find((s) => s.size === size);
        const summary = figures?.roundTrip;
        if (!result || !summary) {
          const reason =
            result?.reason ??
            figures?.refused ??
            (result ? t('compare.notMeasured') : t('race.notRun'));
          return (
            <li key={meta.id} className="race-chart__row" data-mechanism={meta.id}>
              <span className="race-chart__name">{name}</span>
              <span className="race-chart__reason">{describeReason(t, reason)}</span>
            </li>
          );
        }
        const label = t('race.chartLabel', {
          name,
          median: f(summary.median),
          p95: f(summary.p95),
          min: f(summary.min),
          max: f(summary.max),
        });
        return (
          <li key={meta.id} className="race-chart__row" data-mechanism={meta.id}>
            {/* The name and its figures: one line when they fit, the figures below when not. */}
            <span className="race-chart__head">
              <span className="race-chart__name">{name}</span>
              <span className="race-chart__value" aria-hidden="true">
                {t('race.chartValue', { median: f(summary.median), p95: f(summary.p95) })}
              </span>
            </span>
            <svg
              className="race-chart__bar"
              viewBox="0 0 100 10"
              preserveAspectRatio="none"
              role="img"
              aria-label={label}
            >
              <line
                x1={x(summary.min)}
                x2={x(summary.max)}
                y1="5"
                y2="5"
                className="race-chart__range"
              />
              <rect
                x={x(summary.median)}
                width={Math.max(0.6, x(summary.p95) - x(summary.median))}
                y="1.5"
                height="7"
                className="race-chart__box"
              />
              <line
                x1={x(summary.median)}
                x2={x(summary.median)}
                y1="0"
                y2="10"
                className="race-chart__median"
              />
            </svg>
          </li>
        );
      })}
      <li className="race-chart__axis" aria-hidden="true">
        <span className="race-chart__name" />
        <span className="race-chart__ticks">
          {TICKS.map((tick) => (
            <span key={tick} style={{ left: `${x(tick)}%` }}>
              {tick}
            </span>
          ))}
        </span>
        {/* The unit once, in the page's words ("毫秒"), where the rows write their figures. */}
        <span className="race-chart__value race-chart__unit">{t('race.axisUnit')}</span>
      </li>
    </ul>
  );
}
// Redrawn when results change, not on each progress step of the race (same props: same output).
export const Chart = memo(ChartUnmemoized);
