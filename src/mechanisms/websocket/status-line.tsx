// The connection's readyState in words, and the countdown to the next reconnect attempt.
import { useEffect, useState } from 'react';
import type { T } from '../../i18n/use-t';
import type { WsState } from './types';

function useNow(active: boolean) {
  const [time, setTime] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setTime(Date.now()), 200);
    return () => clearInterval(timer);
  }, [active]);
  return time;
}

export function StatusLine({ t, state }: { t: T; state: WsState }) {
  const time = useNow(state.retryAt !== null);
  const symbol = state.readyState === 'open' ? '✓' : state.readyState === 'closed' ? '✕' : '…';
  return (
    <div aria-live="polite">
      <p
        data-testid="ws-state"
        data-state={state.readyState}
        className={`status-line ${state.readyState === 'open' ? 'status-line--ok' : 'status-line--warn'}`}
      >
        <span aria-hidden="true">{symbol} </span>
        {t(`ws.state.${state.readyState}`, { url: state.url })}
      </p>
      {state.retryAt !== null ? (
        <p data-testid="ws-retry">
          {t('ws.retryIn', {
            seconds: (Math.max(0, state.retryAt - time) / 1000).toFixed(1),
            attempt: state.attempt,
          })}
        </p>
      ) : null}
      {state.manual ? <p>{t('ws.manualNote')}</p> : null}
    </div>
  );
}
