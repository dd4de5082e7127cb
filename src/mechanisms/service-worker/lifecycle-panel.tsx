import { useId } from 'react';
import { Notice } from '../../components/notice';
import type { MessageKey } from '../../i18n/dictionary';
import { usePlural } from '../../i18n/plural';
import type { T } from '../../i18n/use-t';
import type { Lifecycle, ServiceWorkerTransport, WorkerView } from './transport';
import type { WorkerStats } from './use-service-worker';

type Props = {
  t: T;
  lifecycle: Lifecycle;
  stats: WorkerStats | null;
  transport: ServiceWorkerTransport | undefined;
};

const STATE_WORD = {
  parsed: 'sw.stateWord.parsed',
  installing: 'sw.stateWord.installing',
  installed: 'sw.stateWord.installed',
  activating: 'sw.stateWord.activating',
  activated: 'sw.stateWord.activated',
  redundant: 'sw.stateWord.redundant',
} as const satisfies Record<ServiceWorkerState, MessageKey>;

/**
 * A worker's state: the API's value ("activated") as written, marked, and where the reader's
 * language says it otherwise, what it means first ("已激活 activated").
 * https://developer.mozilla.org/en-US/docs/Web/API/ServiceWorker/state
 */
function StateCell({ t, state }: { t: T; state: ServiceWorkerState }) {
  const word = t(STATE_WORD[state]);
  return (
    <td>
      {word === state ? null : <>{word} </>}
      <code translate="no" lang="en">
        {state}
      </code>
    </td>
  );
}

// Slot names (registration.installing, …) are the API's own words, set in the code face as the
// states beside them are: every word of the API in the table reads alike, in both languages.
const row = (t: T, label: string, worker: WorkerView) => (
  <tr key={label} data-slot={label}>
    <th scope="row">
      <code translate="no" lang="en">
        {label}
      </code>
    </th>
    <td>{worker ? `v${worker.version}` : '—'}</td>
    {worker ? <StateCell t={t} state={worker.state} /> : <td>{t('sw.none')}</td>}
  </tr>
);

/** Registration, the three worker slots, control, and the buttons that move a worker along. */
export function LifecyclePanel({ t, lifecycle, stats, transport }: Props) {
  const id = useId();
  const plural = usePlural();
  const newest = Math.max(
    ...[lifecycle.installing, lifecycle.waiting, lifecycle.active].map((w) =>
      Number(w?.version ?? 0),
    ),
    1,
  );
  return (
    <section className="panel panel--tall" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('sw.lifecycleTitle')}</h2>
      {lifecycle.error ? (
        <Notice tone="error">{t('sw.registerFailed', { reason: lifecycle.error })}</Notice>
      ) : null}
      {/* Control, what waits for it, and the buttons that move a worker along: the stage. */}
      <div data-stage-primary>
        <p
          data-testid="controller"
          className={
            lifecycle.controller ? 'status-line status-line--ok' : 'status-line status-line--warn'
          }
        >
          <span aria-hidden="true">{lifecycle.controller ? '✓ ' : '⚠ '}</span>
          {lifecycle.controller
            ? t('sw.controlled', { version: lifecycle.controller })
            : t('sw.uncontrolled')}
        </p>
        {lifecycle.queued > 0 ? (
          <Notice tone="info">
            {plural({ one: 'sw.queuedOne', other: 'sw.queued' }, lifecycle.queued)}
          </Notice>
        ) : null}
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={!lifecycle.active || !!lifecycle.controller}
            onClick={() => transport?.command({ type: 'claim' })}
          >
            {t('sw.claim')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => void transport?.register(newest + 1)}
          >
            {t('sw.update', { version: newest + 1 })}
          </button>
          <button
            type="button"
            className="button"
            disabled={!lifecycle.waiting}
            onClick={() => transport?.command({ type: 'skip-waiting' })}
          >
            {t('sw.skipWaiting')}
          </button>
          {lifecycle.registered ? (
            <button
              type="button"
              className="button button--danger"
              onClick={() => void transport?.unregister()}
            >
              {t('sw.unregister')}
            </button>
          ) : (
            <button
              type="button"
              className="button"
              onClick={() => void transport?.register(newest)}
            >
              {t('sw.register')}
            </button>
          )}
        </div>
      </div>
      <div className="table-wrap">
        <table className="data-table" aria-label={t('sw.slots')}>
          <thead>
            <tr>
              <th scope="col">{t('sw.slot')}</th>
              <th scope="col">{t('sw.version')}</th>
              <th scope="col">{t('sw.state')}</th>
            </tr>
          </thead>
          <tbody>
            {row(t, 'installing', lifecycle.installing)}
            {row(t, 'waiting', lifecycle.waiting)}
            {row(t, 'active', lifecycle.active)}
          </tbody>
        </table>
      </div>
      {/* Why: teaching text, under the state it explains (the slots stay on a projector's screen). */}
      {lifecycle.controller ? null : <p className="hint">{t('sw.uncontrolledWhy')}</p>}
      <p className="hint">{lifecycle.registered ? t('sw.registered') : t('sw.notRegistered')}</p>
      {stats ? (
        <dl className="facts" aria-label={t('sw.counters')}>
          <div>
            <dt>{t('sw.workerVersion')}</dt>
            <dd>v{stats.version}</dd>
          </div>
          <div>
            <dt>{t('sw.relayedSinceStart')}</dt>
            <dd data-testid="relayed">{stats.relayed}</dd>
          </div>
          <div>
            <dt>{t('sw.startedAt')}</dt>
            <dd>{new Date(stats.startedAt).toLocaleTimeString()}</dd>
          </div>
        </dl>
      ) : null}
      <p className="hint">{t('sw.restartHint')}</p>
    </section>
  );
}
