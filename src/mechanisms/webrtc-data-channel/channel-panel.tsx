import { useId, useState } from 'react';
import { MoreText } from '../../components/more-text';
import { formatBytes } from '../../lib/describe-value';
import { useT } from '../../i18n/use-t';
import { BURST, HIGH_WATER, LOW_THRESHOLD } from './channel';
import type { RtcState } from './state';
import type { RtcTransport } from './transport';

type Props = {
  rtc: RtcTransport | undefined;
  state: RtcState;
  ordered: boolean;
  noRetransmit: boolean;
  onOrdered: (on: boolean) => void;
  onNoRetransmit: (on: boolean) => void;
};

/** The channel as the browser reports it, the options for the next one, and a burst's meter. */
export function ChannelPanel({
  rtc,
  state,
  ordered,
  noRetransmit,
  onOrdered,
  onNoRetransmit,
}: Props) {
  const t = useT();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const ch = state.channel;
  const { burst } = state;
  const act = (
    result: { ok: true } | { ok: false; error: { name: string; message: string } } | undefined,
  ) => setError(result && !result.ok ? t('send.failed', result.error) : null);

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('rtc.channelTitle')}</h2>
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={ordered}
          onChange={(e) => onOrdered(e.target.checked)}
        />{' '}
        {t('rtc.ordered')}
      </label>
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={noRetransmit}
          onChange={(e) => onNoRetransmit(e.target.checked)}
        />{' '}
        {t('rtc.noRetransmit')}
      </label>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={!state.peer}
          onClick={() =>
            act(rtc?.openChannel({ ordered, maxRetransmits: noRetransmit ? 0 : null }))
          }
        >
          {t('rtc.openChannel')}
        </button>
      </div>
      {/* Why both sides agree, and how a burst waits: one step away, the switches and the
          channel's state first (the two hints took 27 % of a projector's stage). */}
      <MoreText>
        <p>{t('rtc.channelHint')}</p>
      </MoreText>
      {ch ? (
        <dl className="facts">
          {/* The channel's own values (its label, RTCDataChannel's properties), as written. */}
          <dt>{t('rtc.label')}</dt>
          <dd translate="no">{ch.label}</dd>
          <dt>{t('rtc.id')}</dt>
          <dd>{ch.id ?? '—'}</dd>
          <dt>ordered</dt>
          <dd data-testid="rtc-ordered" translate="no" lang="en">
            {String(ch.ordered)}
          </dd>
          <dt>maxRetransmits</dt>
          <dd data-testid="rtc-max-retransmits" translate="no" lang="en">
            {String(ch.maxRetransmits)}
          </dd>
          <dt>{t('rtc.readyState')}</dt>
          <dd data-testid="rtc-ready-state" translate="no" lang="en">
            {ch.readyState}
          </dd>
          <dt>{t('rtc.openedBy')}</dt>
          <dd>{ch.openedHere ? t('rtc.openedHere') : t('rtc.openedThere')}</dd>
        </dl>
      ) : (
        <p className="hint">{t('rtc.noChannel')}</p>
      )}
      <h3>{t('rtc.burstTitle')}</h3>
      <MoreText>
        <p>
          {t('rtc.burstHint', { high: formatBytes(HIGH_WATER), low: formatBytes(LOW_THRESHOLD) })}
        </p>
      </MoreText>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={ch?.readyState !== 'open' || burst.running}
          onClick={() => act(rtc?.burst())}
        >
          {t('rtc.burst', { count: BURST.count, size: formatBytes(BURST.size) })}
        </button>
      </div>
      <label htmlFor={`${id}-meter`}>
        {t('rtc.buffered')}: <span data-testid="rtc-buffered">{ch?.bufferedAmount ?? 0}</span>
      </label>
      <meter
        id={`${id}-meter`}
        min={0}
        max={HIGH_WATER + BURST.size}
        value={ch?.bufferedAmount ?? 0}
        low={LOW_THRESHOLD}
        high={HIGH_WATER}
        optimum={0}
      />
      <dl className="facts">
        <dt>{t('rtc.burstSent')}</dt>
        <dd data-testid="rtc-burst-sent">{`${burst.sent} / ${burst.total}`}</dd>
        <dt>{t('rtc.peak')}</dt>
        <dd data-testid="rtc-burst-peak">{burst.peak}</dd>
        <dt>{t('rtc.lowEvents')}</dt>
        <dd data-testid="rtc-low-events">{burst.lowEvents}</dd>
      </dl>
      {error ? <p role="alert">{error}</p> : null}
    </section>
  );
}
