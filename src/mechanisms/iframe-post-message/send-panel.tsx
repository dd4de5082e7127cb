import { useId } from 'react';
import { Notice } from '../../components/notice';
import { failedOutcome, SendForm } from '../../components/send-form';
import { useT } from '../../i18n/use-t';
import { createEnvelopeFactory } from '../../lib/envelope-factory';
import type { PeerRef } from '../../shared/envelope';
import { meta } from './meta';
import { useOutcome, type OutcomeStore } from './use-delivery';
import { recipientOf, WRONG_ORIGIN, type FrameKey, type TargetMode } from './frame-set';
import type { FrameHost } from './use-frame-host';

const envelope = createEnvelopeFactory(meta.id);
const SENDABLE: FrameKey[] = ['same', 'cross', 'sandboxed'];

function DeliveryNotice({ store }: { store: OutcomeStore }) {
  const outcome = useOutcome(store);
  return outcome ? <Notice tone={outcome.tone}>{outcome.text}</Notice> : null;
}

type Props = {
  host: FrameHost;
  self: PeerRef;
  /** The frame the form sends to: the page's, so the frames panel can show it first. */
  to: FrameKey;
  onTo: (to: FrameKey) => void;
};

export function SendPanel({ host, self, to, onTo }: Props) {
  const t = useT();
  const id = useId();
  const modes: Array<[TargetMode, string]> = [
    ['exact', t('ifr.mode.exact', { origin: host.expected[to] })],
    ['star', t('ifr.mode.star')],
    ['wrong', t('ifr.mode.wrong', { origin: WRONG_ORIGIN })],
  ];

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('ifr.sendTitle')}</h2>
      <SendForm
        disabled={!host.transport}
        onSend={(value) => {
          // To a frame that said hello now; to one still loading once it does (frame-queue.ts).
          const result = host.post(to, envelope(self, 'chat', value, recipientOf(to)));
          if (!result.ok) return failedOutcome(t, result.error);
          return { ok: true };
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('ifr.to')}</label>
          <select id={`${id}-to`} value={to} onChange={(e) => onTo(e.target.value as FrameKey)}>
            {SENDABLE.map((key) => (
              <option key={key} value={key}>
                {host.frameName(key)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="stacked">
          <legend translate="no">targetOrigin</legend>
          {modes.map(([mode, label]) => (
            <label key={mode}>
              <input
                type="radio"
                name={`${id}-mode`}
                checked={host.mode === mode}
                onChange={() => host.setMode(mode)}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
      </SendForm>
      <DeliveryNotice store={host.delivery.outcome} />
      <h3>{t('ifr.receiving')}</h3>
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={host.verify}
          onChange={(e) => host.setVerify(e.target.checked)}
        />{' '}
        {t('ifr.verify')}
      </label>
      <p className="hint">
        {host.verify
          ? t('ifr.verifyOn', { origins: `${host.origins.app}, ${host.origins.foreign}` })
          : t('ifr.verifyOff')}
      </p>
      {host.alert ? (
        <Notice tone="warning">
          {host.alert}{' '}
          <button
            type="button"
            className="button button--small"
            onClick={() => host.setAlert(null)}
          >
            {t('ifr.dismiss')}
          </button>
        </Notice>
      ) : null}
    </section>
  );
}
