import './race.css';
import './i18n';
import { useEffect, useId, useRef, useState } from 'react';
import { Notice } from '../../components/notice';
import { useSelf } from '../../hooks/use-self';
import type { MessageKey } from '../../i18n/dictionary';
import { useT, type T } from '../../i18n/use-t';
import { RACE_SIZES, type RaceSizeId } from '../../lib/race-types';
import { mechanisms } from '../../mechanisms/registry';
import { useAppStore } from '../../store';
import { Chart } from './race-chart';
import { DetailsTable } from './race-details';
import { chosen, loadContenders, startRace, type Contender } from './run-race';

const MESSAGE_CHOICES = [50, 200, 1000] as const;

/** The Race: runs every rig in turn, with progress, cancel, a chart and the figures. */
export function RacePanel({
  initialMessages,
  burstMs,
  only,
}: {
  initialMessages?: number;
  /** The throughput burst's floor in ms (run-race.ts); the Race's own when absent. */
  burstMs?: number;
  /** Race only these mechanism ids (unknown ones are ignored); absent or none known: every one. */
  only?: readonly string[];
}) {
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

  // Rigs load with the compare page, so the click that starts the race awaits nothing first.
  const [contenders, setContenders] = useState<readonly Contender[] | null>(null);
  useEffect(() => {
    let live = true;
    void loadContenders(chosen(mechanisms, only)).then((list) => live && setContenders(list));
    return () => {
      live = false;
    };
  }, [only]);

  function run() {
    if (!contenders) return;
    const store = useAppStore.getState();
    const abort = new AbortController();
    controller.current = abort;
    setOutcome(null);
    void startRace({
      contenders,
      self,
      messages,
      burstMs,
      signal: abort.signal,
      name: (mechanism) => {
        const meta = mechanisms.find((m) => m.meta.id === mechanism)?.meta;
        return meta ? t(meta.titleKey) : mechanism;
      },
      reason: (key) => t(key as MessageKey),
      onProgress: store.setRaceProgress,
      onResult: store.setRaceResult,
    }).then((result) => {
      setOutcome(result);
      controller.current = null;
    });
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
            disabled={progress.running || !contenders}
            onClick={run}
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
