// The connection's readyState in words, and the countdown to the next reconnect attempt.
import { useEffect, useState } from 'react';
import type { T } from '../../i18n/use-t';
import type { ConnectionStatus } from '../../lib/connection-status';
import type { ReadyState, WsState } from './types';

/**
 * The socket's readyState, from the transport's status events. CLOSING is the one state no event
 * announces (close() was called; the close event comes when the handshake ends), so the
 * transport's state says it.
 * https://developer.mozilla.org/en-US/docs/Web/API/WebSocket/readyState
 */
export function readyStateOf(status: ConnectionStatus, closing: boolean): ReadyState {
  if (closing) return 'closing';
  return status.status === 'connecting' || status.status === 'open' ? status.status : 'closed';
}

function useNow(active: boolean) {
  const [time, setTime] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setTime(Date.now()), 200);
    return () => clearInterval(timer);
  }, [active]);
  return time;
}

type Props = { t: T; state: WsState; readyState: ReadyState; manual: boolean };

export function StatusLine({ t, state, readyState, manual }: Props) {
  const time = useNow(state.retryAt !== null);
  const symbol = readyState === 'open' ? '✓' : readyState === 'closed' ? '✕' : '…';
  return (
    <div aria-live="polite">
      <p
        data-testid="ws-state"
        data-state={readyState}
        className={`status-line ${readyState === 'open' ? 'status-line--ok' : 'status-line--warn'}`}
      >
        <span aria-hidden="true">{symbol} </span>
        {t(`ws.state.${readyState}`, { url: state.url })}
      </p>
      {state.retryAt !== null ? (
        <p data-testid="ws-retry">
          {t('ws.retryIn', {
            seconds: (Math.max(0, state.retryAt - time) / 1000).toFixed(1),
            attempt: state.attempt,
          })}
        </p>
      ) : null}
      {manual ? <p>{t('ws.manualNote')}</p> : null}
    </div>
  );
}
