import { useId, useState } from 'react';
import { formatClock } from '../../lib/clock';
import type { MessageKey } from '../../i18n/dictionary';
import { useT } from '../../i18n/use-t';
import type { StateChange } from './negotiation';
import type { RtcState } from './state';
import type { RtcTransport } from './transport';

type Props = {
  rtc: RtcTransport | undefined;
  state: RtcState;
  perfect: boolean;
  onPerfect: (on: boolean) => void;
};

// Each history line names its state by the API's own name, as the facts above do.
const STATE_LABEL = {
  connection: 'rtc.connection',
  ice: 'rtc.ice',
  signaling: 'rtc.signalingState',
} as const satisfies Record<StateChange['what'], MessageKey>;

/** The connection's states as they change, and the switch that lets two offers collide. */
export function StatesPanel({ rtc, state, perfect, onPerfect }: Props) {
  const t = useT();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('rtc.statesTitle')}</h2>
      <dl className="facts">
        <dt>{t('rtc.connection')}</dt>
        {/* The API's state names (connectionState, …), shown as the browser reports them. */}
        <dd data-testid="rtc-connection" translate="no" lang="en">
          {state.connection}
        </dd>
        <dt>{t('rtc.ice')}</dt>
        <dd data-testid="rtc-ice" translate="no" lang="en">
          {state.ice}
        </dd>
        <dt>{t('rtc.signalingState')}</dt>
        <dd data-testid="rtc-signaling" translate="no" lang="en">
          {state.signaling}
        </dd>
      </dl>
      <h3 id={`${id}-history`}>{t('rtc.historyLabel')}</h3>
      <ol aria-labelledby={`${id}-history`} className="hint">
        {state.history.map((change, index) => (
          <li key={`${index}-${change.at}`}>
            {`${formatClock(change.at)} ${t(STATE_LABEL[change.what])}: `}
            <span translate="no" lang="en">
              {change.value}
            </span>
          </li>
        ))}
      </ol>
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={perfect}
          onChange={(e) => onPerfect(e.target.checked)}
        />{' '}
        {t('rtc.perfect')}
      </label>
      <p className="hint">{perfect ? t('rtc.perfectOn') : t('rtc.perfectOff')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={!state.peer}
          onClick={() => {
            const result = rtc?.offerBothAtOnce();
            setError(result && !result.ok ? t('send.failed', result.error) : null);
          }}
        >
          {t('rtc.bothOffer')}
        </button>
      </div>
      <p className="hint">{t('rtc.bothOfferHint')}</p>
      <dl className="facts">
        <dt>{t('rtc.ignored')}</dt>
        <dd data-testid="rtc-ignored">{state.collisions.ignored}</dd>
        <dt>{t('rtc.rolledBack')}</dt>
        <dd data-testid="rtc-rolled-back">{state.collisions.rolledBack}</dd>
        <dt>{t('rtc.failed')}</dt>
        <dd data-testid="rtc-failed">{state.collisions.failed}</dd>
      </dl>
      {error ? <p role="alert">{error}</p> : null}
    </section>
  );
}
