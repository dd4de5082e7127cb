import './i18n';
import { useId, useState } from 'react';
import { CodePanel } from '../../components/code-panel';
import { MechanismHeader } from '../../components/mechanism-header';
import { MoreText } from '../../components/more-text';
import { Notice } from '../../components/notice';
import { SendForm, failedOutcome } from '../../components/send-form';
import { useSelf } from '../../hooks/use-self';
import { useT } from '../../i18n/use-t';
import { usePlural } from '../../i18n/plural';
import { formatClock } from '../../lib/clock';
import { sharedWorkerCode } from './code';
import { meta } from './meta';
import { PortsList } from './ports-list';
import { SILENCE_MS } from './protocol';
import { useHub } from './use-hub';

export default function SharedWorkerPage() {
  const t = useT();
  const plural = usePlural();
  const id = useId();
  const self = useSelf();
  const [goodbye, setGoodbye] = useState(true);
  const { transport, state, send } = useHub(self, goodbye);
  const others = state ? state.ports.filter((p) => p.port !== state.you).length : 0;

  return (
    <article className="mechanism-page">
      <MechanismHeader meta={meta} />
      {meta.canBeUsed() ? null : <Notice tone="warning">{t('shw.unsupported')}</Notice>}
      <div className="panels">
        <section className="panel" aria-labelledby={`${id}-send`}>
          <h2 id={`${id}-send`}>{t('shw.sendTitle')}</h2>
          <SendForm
            disabled={!transport}
            onSend={(value) => {
              const result = send(value);
              return result.ok
                ? {
                    ok: true,
                    note: plural({ one: 'shw.sentNoteOne', other: 'shw.sentNote' }, others),
                  }
                : failedOutcome(t, result.error);
            }}
          />
          <h3>{t('shw.goodbyeTitle')}</h3>
          <label className="switch">
            <input
              type="checkbox"
              role="switch"
              checked={goodbye}
              onChange={(e) => setGoodbye(e.target.checked)}
            />{' '}
            {t('shw.goodbyeSwitch')}
          </label>
          <p className="hint">
            {goodbye ? t('shw.goodbyeOn') : t('shw.goodbyeOff', { seconds: SILENCE_MS / 1000 })}
          </p>
        </section>
        <section className="panel" aria-labelledby={`${id}-hub`}>
          <h2 id={`${id}-hub`}>{t('shw.hubTitle')}</h2>
          {state ? (
            <>
              <dl className="facts">
                <dt>{t('shw.hubId')}</dt>
                <dd data-testid="hub-id">{state.hubId}</dd>
                <dt>{t('shw.startedAt')}</dt>
                <dd>{formatClock(state.startedAt)}</dd>
                <dt>{t('shw.relayed')}</dt>
                <dd data-testid="hub-relayed">{state.relayed}</dd>
              </dl>
              <PortsList state={state} />
            </>
          ) : (
            <p className="hint">{t('shw.waiting')}</p>
          )}
          {/* Why every tab shows the same figures: teaching, after them (at 320 it came first and
              pushed the hub's id under the log). */}
          <MoreText>
            <p>{t('shw.hubHint')}</p>
          </MoreText>
        </section>
        <CodePanel code={sharedWorkerCode(goodbye)} />
      </div>
    </article>
  );
}
