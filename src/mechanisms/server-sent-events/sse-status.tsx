// The stream's readyState in words, and what a reset (a restarted server, a gap too old) cost.
import { Notice } from '../../components/notice';
import { type T } from '../../i18n/use-t';
import type { ConnectionStatus } from '../../lib/connection-status';
import { type SseReset } from '../../shared/server-protocol';
import type { SseReadyState } from './types';

/** The stream as its status events tell it (the transport keeps no readyState of its own). */
export type SseConnection = {
  readyState: SseReadyState;
  /** Closed by the person: EventSource.close() is final. */
  manual: boolean;
  /** The browser stopped retrying (a non-200 answer or a wrong content type): an error status. */
  gaveUp: boolean;
};

export const sseConnection = ({ status, manual }: ConnectionStatus): SseConnection => ({
  readyState: status === 'connecting' || status === 'open' ? status : 'closed',
  manual,
  gaveUp: status === 'error',
});

export function StateLine({
  t,
  url,
  connection,
}: {
  t: T;
  url: string;
  connection: SseConnection;
}) {
  const { readyState } = connection;
  const symbol = readyState === 'open' ? '✓' : readyState === 'closed' ? '✕' : '…';
  return (
    <div aria-live="polite">
      <p
        data-testid="sse-state"
        data-state={readyState}
        className={`status-line ${readyState === 'open' ? 'status-line--ok' : 'status-line--warn'}`}
      >
        <span aria-hidden="true">{symbol} </span>
        {t(`sse.state.${readyState}`, { url })}
      </p>
      {connection.gaveUp ? <Notice tone="error">{t('sse.gaveUp')}</Notice> : null}
      {connection.manual ? <p>{t('sse.manualNote')}</p> : null}
    </div>
  );
}

export function ResetNotice({ t, reset }: { t: T; reset: SseReset }) {
  return (
    <Notice tone="warning">
      {t('sse.reset', {
        reason: t(`sse.reset.${reset.reason}`),
        from: reset.resumedFrom,
        lost: reset.lost === null ? '' : t('sse.lost', { count: reset.lost }),
        epoch: reset.epoch,
      })}
    </Notice>
  );
}
