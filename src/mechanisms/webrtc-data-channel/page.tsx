import './i18n';
import { useId, useState } from 'react';
import { CodePanel } from '../../components/code-panel';
import { MechanismHeader } from '../../components/mechanism-header';
import { MoreText } from '../../components/more-text';
import { Notice } from '../../components/notice';
import { PeerBadge } from '../../components/peer-badge';
import { SendForm, failedOutcome } from '../../components/send-form';
import { useSelf } from '../../hooks/use-self';
import { useT } from '../../i18n/use-t';
import { ChannelPanel } from './channel-panel';
import { rtcCode } from './code';
import { meta } from './meta';
import type { Via } from './state';
import { StatesPanel } from './states-panel';
import { BINARY_BYTES, useRtc } from './use-rtc';

const VIAS: readonly Via[] = ['this-browser', 'server'];

export default function WebRtcDataChannelPage() {
  const t = useT();
  const id = useId();
  const self = useSelf();
  const [via, setVia] = useState<Via>('this-browser');
  const [perfect, setPerfect] = useState(true);
  const [ordered, setOrdered] = useState(true);
  const [noRetransmit, setNoRetransmit] = useState(false);
  const { transport, rtc, state, send, sendBinary } = useRtc(self, via, perfect);
  const [binaryNote, setBinaryNote] = useState<string | null>(null);

  return (
    <article className="mechanism-page">
      <MechanismHeader meta={meta} />
      {meta.canBeUsed() ? null : <Notice tone="warning">{t('rtc.unsupported')}</Notice>}
      <div className="panels">
        <section className="panel" aria-labelledby={`${id}-send`}>
          <h2 id={`${id}-send`}>{t('rtc.sendTitle')}</h2>
          <SendForm
            disabled={!transport}
            onSend={(value) => {
              const result = send(value);
              return result.ok
                ? { ok: true, note: t('rtc.sentNote', { name: state.peer?.name ?? '?' }) }
                : failedOutcome(t, result.error);
            }}
          />
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={!rtc}
              onClick={() => {
                const result = sendBinary();
                setBinaryNote(
                  result.ok
                    ? t('rtc.binarySent', { bytes: BINARY_BYTES })
                    : failedOutcome(t, result.error).ok
                      ? null
                      : t('send.failed', result.error),
                );
              }}
            >
              {t('rtc.sendBinary')}
            </button>
          </div>
          {binaryNote ? <p role="status">{binaryNote}</p> : null}
          <dl className="facts">
            <dt>{t('rtc.partner')}</dt>
            <dd data-testid="rtc-partner">
              {state.peer ? <PeerBadge peer={state.peer} /> : t('rtc.noPartner')}
            </dd>
            <dt>{t('rtc.role')}</dt>
            <dd data-testid="rtc-role" data-role={state.role ?? ''}>
              {state.role ? t(`rtc.role.${state.role}`) : '—'}
            </dd>
            <dt>{t('rtc.binaryReceived')}</dt>
            <dd data-testid="rtc-binary-received">{state.binaryReceived}</dd>
          </dl>
          {/* What to do while alone: a short value, the step on its own line (at 320 the value
              column took it as five lines, "开）" alone on the last). */}
          {state.peer ? null : <p className="hint">{t('rtc.findPartner')}</p>}
          <fieldset className="segmented">
            <legend>{t('rtc.signalling')}</legend>
            {VIAS.map((v) => (
              <label key={v}>
                <input
                  type="radio"
                  name={`${id}-via`}
                  checked={via === v}
                  onChange={() => setVia(v)}
                />
                {t(`rtc.via.${v}`)}
              </label>
            ))}
          </fieldset>
          {/* What signalling is and why no STUN or TURN: teaching, one step away from the stage. */}
          <MoreText>
            <p>{t('rtc.viaHint')}</p>
          </MoreText>
        </section>
        <ChannelPanel
          rtc={rtc}
          state={state}
          ordered={ordered}
          noRetransmit={noRetransmit}
          onOrdered={setOrdered}
          onNoRetransmit={setNoRetransmit}
        />
        <StatesPanel rtc={rtc} state={state} perfect={perfect} onPerfect={setPerfect} />
        <CodePanel code={rtcCode({ via, ordered, noRetransmit, perfect })} />
      </div>
    </article>
  );
}
