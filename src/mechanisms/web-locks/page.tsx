import './i18n';
import { useId, useState } from 'react';
import { CodePanel } from '../../components/code-panel';
import { MechanismHeader } from '../../components/mechanism-header';
import { TicksSwitch } from '../../components/ticks-switch';
import { SendForm, failedOutcome } from '../../components/send-form';
import { useSelf } from '../../hooks/use-self';
import { usePlural } from '../../i18n/plural';
import { useT } from '../../i18n/use-t';
import { webLocksCode } from './code';
import './web-locks.css';
import { meta } from './meta';
import { NaivePanel } from './naive-panel';
import { QueuePanel } from './queue-panel';
import { useLeader } from './use-leader';

export default function WebLocksPage() {
  const t = useT();
  const plural = usePlural();
  const id = useId();
  const self = useSelf();
  const [resume, setResume] = useState(true);
  const { transport, leader, state, send, ticks, setTicks } = useLeader(self, resume);
  const leading = state.role === 'leader';
  const naive = state.role === 'naive';

  return (
    <article className="mechanism-page">
      <MechanismHeader meta={meta} />
      <div className="panels">
        <section className="panel" aria-labelledby={`${id}-send`}>
          <h2 id={`${id}-send`}>{t('wl.sendTitle')}</h2>
          <SendForm
            disabled={!transport}
            onSend={(value) => {
              const result = send(value);
              return result.ok
                ? { ok: true, note: t('wl.sentNote') }
                : failedOutcome(t, result.error);
            }}
          />
          <h3>{t('wl.roleTitle')}</h3>
          {/* Who leads and the button that makes it change, on one line where they fit; then
              what this tab's feed has seen: the state that matters, above the switches. */}
          <div className="wl-role">
            <p data-testid="leader-role" data-role={state.role}>
              {leading
                ? t('wl.leader', { term: state.terms })
                : naive
                  ? t('wl.naive')
                  : state.queue.holder
                    ? t('wl.follower', { leader: state.queue.holder })
                    : t('wl.noLeader')}
            </p>
            <button
              type="button"
              className="button"
              disabled={!leading}
              onClick={() => leader?.stepDown()}
            >
              {t('wl.stepDown')}
            </button>
          </div>
          <dl className="facts wl-facts">
            <div>
              <dt>{t('wl.feed')}</dt>
              <dd data-testid="feed-state">{t(`wl.feed.${state.feed}`)}</dd>
            </div>
            <div>
              <dt>{t('wl.lastId')}</dt>
              <dd>{state.lastEventId ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('wl.seen')}</dt>
              <dd>{state.seen}</dd>
            </div>
            <div>
              <dt>{t('wl.missed')}</dt>
              <dd data-testid="feed-missed">{state.missed}</dd>
            </div>
            <div>
              <dt>{t('wl.duplicates')}</dt>
              <dd>{state.duplicates}</dd>
            </div>
            <div>
              <dt>{t('wl.takeover')}</dt>
              <dd data-testid="takeover">
                {state.takeover === null
                  ? '—'
                  : state.takeover.resumedFrom
                    ? plural(
                        { one: 'wl.resumedOne', other: 'wl.resumed' },
                        state.takeover.replayed,
                        {
                          id: state.takeover.resumedFrom,
                        },
                      )
                    : t('wl.fresh')}
              </dd>
            </div>
          </dl>
          <label className="switch">
            <input
              type="checkbox"
              role="switch"
              checked={resume}
              onChange={(e) => setResume(e.target.checked)}
            />{' '}
            {t('wl.resumeSwitch')}
          </label>
          <p className="hint">{resume ? t('wl.resumeOn') : t('wl.resumeOff')}</p>
          <TicksSwitch checked={ticks} onChange={setTicks} />
        </section>
        <NaivePanel leader={leader} naive={naive} />
        <QueuePanel queue={state.queue} self={self} />
        <CodePanel code={webLocksCode(resume, naive)} />
      </div>
    </article>
  );
}
