// The stream's readyState in words, and what a reset (a restarted server, a gap too old) cost.
import { Notice } from '../../components/notice';
import { type T } from '../../i18n/use-t';
import { type SseReset } from '../../shared/server-protocol';
import type { SseState } from './transport';
export function StateLine({ t, state }: { t: T; state: SseState }) {
  const symbol = state.readyState === 'open' ? '✓' : state.readyState === 'closed' ? '✕' : '…';
  return (
    <div aria-live="polite">
      <p
        data-testid="sse-state"
        data-state={state.readyState}
        className={`status-line ${state.readyState === 'open' ? 'status-line--ok' : 'status-line--warn'}`}
      >
        <span aria-hidden="true">{symbol} </span>
        {t(`sse.state.${state.readyState}`, { url: state.url })}
      </p>
      {state.gaveUp ? <Notice tone="error">{t('sse.gaveUp')}</Notice> : null}
      {state.manual ? <p>{t('sse.manualNote')}</p> : null}
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
