import './race.css';
import './i18n';
import { useId, useRef, useState } from 'react';
import { Notice } from '../../components/notice';
import { useSelf } from '../../hooks/use-self';
import { useT, type T } from '../../i18n/use-t';
import { now } from '../../lib/clock';
import { RACE_SIZES, type RaceResult, type RaceSizeId } from '../../lib/race-types';
import { mechanisms } from '../../mechanisms/registry';

const registry = mechanisms.map((m) => m.meta);
import { openPopup } from '../../mechanisms/window-open/transport';
import { useAppStore } from '../../store';
import { runRig } from './engine';
import { createRigs, popupUrl } from './rigs';

const MESSAGE_CHOICES = [50, 200, 1000] as const;

// Log scale from 0.1 ms to 1 s: four decades across the bar.
const MIN_MS = 0.1;
const DECADES = 4;
const x = (ms: number) =>
  Math.max(0, Math.min(100, (Math.log10(Math.max(ms, MIN_MS) / MIN_MS) / DECADES) * 100));
const f = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

function Chart({
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
              <span className="race-chart__reason">{reason}</span>
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
            <span className="race-chart__name">{name}</span>
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
            <span className="race-chart__value" aria-hidden="true">
              {f(summary.median)} / {f(summary.p95)} ms
            </span>
          </li>
        );
      })}
      <li className="race-chart__axis" aria-hidden="true">
        <span className="race-chart__name" />
        <span className="race-chart__ticks">
          {[0.1, 1, 10, 100, 1000].map((tick) => (
            <span key={tick} style={{ left: `${x(tick)}%` }}>
              {tick} ms
            </span>
          ))}
        </span>
        <span className="race-chart__value" />
      </li>
    </ul>
  );
}

function DetailsTable({ t, results }: { t: T; results: Record<string, RaceResult> }) {
  const rows = registry.flatMap((meta) => {
    const result = results[meta.id];
    return result ? result.sizes.map((size) => ({ meta, result, size })) : [];
  });
  if (rows.length === 0) return null;
  return (
    <details className="race-details">
      <summary>{t('race.details')}</summary>
      <div className="table-wrap">
        <table className="data-table" aria-label={t('race.detailsTable')}>
          <thead>
            <tr>
              <th scope="col">{t('compare.mechanism')}</th>
              <th scope="col">{t('race.counterpart')}</th>
              <th scope="col">{t('race.size')}</th>
              <th scope="col">{t('race.sent')}</th>
              <th scope="col">{t('race.lost')}</th>
              <th scope="col">{t('race.median')}</th>
              <th scope="col">{t('race.p95')}</th>
              <th scope="col">{t('race.max')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ meta, result, size }) => (
              <tr key={`${meta.id}-${size.size}`}>
                <th scope="row">{t(meta.titleKey)}</th>
                <td>{result.counterpart}</td>
                <td>{t(`race.size.${size.size}`)}</td>
                {size.refused ? (
                  <td colSpan={5}>{size.refused}</td>
                ) : (
                  <>
                    <td>{size.sent}</td>
                    <td>{size.lost}</td>
                    <td>{size.roundTrip ? f(size.roundTrip.median) : '—'}</td>
                    <td>{size.roundTrip ? f(size.roundTrip.p95) : '—'}</td>
                    <td>{size.roundTrip ? f(size.roundTrip.max) : '—'}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** The Race: runs every rig in turn, with progress, cancel, a chart and the figures. */
export function RacePanel({ initialMessages }: { initialMessages?: number }) {
  const t = useT();
  const id = useId();
  const self = useSelf();
  const results = useAppStore((s) => s.race.results);
  const progress = useAppStore((s) => s.race.progress);
  const [messages, setMessages] = useState<number>(initialMessages ?? 1000);
  const [size, setSize] = useState<RaceSizeId>('1k');
  const [outcome, setOutcome] = useState<{ cancelled: boolean; seconds: number } | null>(null);
  const controller = useRef<AbortController | null>(null);
  const anyHidden = Object.values(results).some((r) => r.hiddenDuringRun);

  async function run() {
    const store = useAppStore.getState();
    // Opened now, inside the click: a popup opened after an await would be blocked.
    const opened = openPopup(popupUrl(), 'comms-lab-race', {
      width: 320,
      height: 240,
      left: 0,
      top: 0,
      noopener: false,
      noreferrer: false,
    });
    const popup = opened.kind === 'opened' ? opened.window : null;
    const abort = new AbortController();
    controller.current = abort;
    setOutcome(null);
    const rigs = createRigs({ popup: () => popup });
    const started = now();
    store.setRaceProgress({
      running: true,
      done: 0,
      total: rigs.length,
      mechanism: null,
      step: '',
    });
    try {
      for (const [index, rig] of rigs.entries()) {
        if (abort.signal.aborted) break;
        const meta = registry.find((m) => m.id === rig.id);
        store.setRaceProgress({
          mechanism: meta ? t(meta.titleKey) : rig.id,
          done: index,
          step: '',
        });
        const result = await runRig(rig, self, {
          messages,
          warmup: Math.min(20, Math.ceil(messages / 5)),
          timeoutMs: 2000,
          signal: abort.signal,
          onStep: (step) => store.setRaceProgress({ step }),
        });
        store.setRaceResult(result);
      }
    } finally {
      popup?.close();
      store.setRaceProgress({ running: false, done: rigs.length, mechanism: null, step: '' });
      setOutcome({ cancelled: abort.signal.aborted, seconds: (now() - started) / 1000 });
      controller.current = null;
    }
  }

  const stepText = (step: string) =>
    step ? t(`race.step.${step}` as Parameters<T>[0]) : t('race.step.setup');

  return (
    <section
      id="race"
      className="panel panel--wide race"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
    >
      <h2 id={`${id}-title`}>{t('race.title')}</h2>
      <p>{t('race.lead')}</p>
      <p className="hint">{t('race.popupNote')}</p>
      <div className="inline-fields">
        <div className="field">
          <label htmlFor={`${id}-messages`}>{t('race.messages')}</label>
          <select
            id={`${id}-messages`}
            value={messages}
            disabled={progress.running}
            onChange={(e) => setMessages(Number(e.target.value))}
          >
            {[...new Set([...MESSAGE_CHOICES, messages])].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            disabled={progress.running}
            onClick={() => void run()}
          >
            {t('race.run')}
          </button>
          <button
            type="button"
            className="button"
            disabled={!progress.running}
            onClick={() => controller.current?.abort()}
          >
            {t('race.cancel')}
          </button>
          <button
            type="button"
            className="button"
            disabled={progress.running || Object.keys(results).length === 0}
            onClick={() => useAppStore.getState().clearRace()}
          >
            {t('race.clear')}
          </button>
        </div>
      </div>
      <div aria-live="polite">
        {progress.running ? (
          <>
            <progress
              className="race-progress"
              aria-label={t('race.progressLabel')}
              value={progress.done}
              max={progress.total}
            />
            <p data-testid="race-progress">
              {t('race.progress', {
                mechanism: progress.mechanism ?? '…',
                step: stepText(progress.step),
                done: progress.done,
                total: progress.total,
              })}
            </p>
          </>
        ) : null}
        {outcome ? (
          <Notice tone={outcome.cancelled ? 'warning' : 'success'}>
            {outcome.cancelled
              ? t('race.cancelled')
              : t('race.done', { seconds: outcome.seconds.toFixed(1) })}
          </Notice>
        ) : null}
        {anyHidden ? <Notice tone="warning">{t('race.hidden')}</Notice> : null}
      </div>
      <fieldset className="segmented">
        <legend>{t('race.chartSize')}</legend>
        {RACE_SIZES.map((s) => (
          <label key={s.id}>
            <input
              type="radio"
              name={`${id}-size`}
              value={s.id}
              checked={size === s.id}
              onChange={() => setSize(s.id)}
            />
            {t(`race.size.${s.id}`)}
          </label>
        ))}
      </fieldset>
      <h3>
        {t('race.chartTitle')} · {t(`race.size.${size}`)}
      </h3>
      <Chart t={t} results={results} size={size} />
      <p className="hint">{t('race.legend')}</p>
      <DetailsTable t={t} results={results} />
    </section>
  );
}
