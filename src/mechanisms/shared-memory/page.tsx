import './i18n';
import { useId, useState } from 'react';
import { ApiNames } from '../../components/api-names';
import { CodePanel } from '../../components/code-panel';
import { MechanismHeader } from '../../components/mechanism-header';
import { SAID_SLOT, SaidIn } from '../../components/message-log/said';
import { Notice } from '../../components/notice';
import { SendForm, failedOutcome } from '../../components/send-form';
import { useSelf } from '../../hooks/use-self';
import { useT } from '../../i18n/use-t';
import { sharedMemoryCode } from './code';
import { CountPanel } from './count-panel';
import { IsolationPanel } from './isolation-panel';
import { waitOnMainThread } from './lab';
import { meta } from './meta';
import { TabsPanel } from './tabs-panel';
import { useMailbox } from './use-mailbox';

export default function SharedMemoryPage() {
  const t = useT();
  const id = useId();
  const self = useSelf();
  const { transport, mailbox, state, reports, send } = useMailbox(self);
  const [notify, setNotify] = useState(true);
  const [atomic, setAtomic] = useState(true);
  const [mainWait, setMainWait] = useState<ReturnType<typeof waitOnMainThread> | null>(null);

  return (
    <article className="mechanism-page">
      <MechanismHeader meta={meta} />
      <div className="panels">
        <section className="panel panel--tall" aria-labelledby={`${id}-send`}>
          <h2 id={`${id}-send`}>{t('sm.sendTitle')}</h2>
          <SendForm
            disabled={!transport}
            onSend={(value) => {
              const result = send(value);
              if (!result.ok) return failedOutcome(t, result.error);
              return notify
                ? { ok: true, note: t('sm.sentNote') }
                : { ok: true, tone: 'info', note: t('sm.sentNoNotify') };
            }}
          />
          <dl className="facts">
            <dt>{t('sm.mailbox')}</dt>
            <dd data-testid="mailbox-state" data-running={state.running}>
              <ApiNames text={state.running ? t('sm.running') : t('sm.stopped')} />
            </dd>
            <dt>{t('sm.unread')}</dt>
            <dd data-testid="ring-unread">{state.unread}</dd>
            <dt>
              <ApiNames text={t('sm.wakes')} />
            </dt>
            <dd data-testid="worker-wakes">{state.wakes}</dd>
            <dt>{t('sm.pageWaits')}</dt>
            <dd>
              <ApiNames text={t(`sm.pageWaits.${state.waitAsync}`)} />
            </dd>
          </dl>
          <label className="switch">
            <input
              type="checkbox"
              role="switch"
              checked={notify}
              onChange={(e) => {
                setNotify(e.target.checked);
                mailbox?.setNotify(e.target.checked);
              }}
            />{' '}
            {t('sm.notifySwitch')}
          </label>
          <p className="hint">{notify ? t('sm.notifyOn') : t('sm.notifyOff')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={!mailbox}
              onClick={() => mailbox?.notifyNow()}
            >
              {t('sm.notifyNow')}
            </button>
          </div>
          <h3>{t('sm.failuresTitle')}</h3>
          <div className="button-row">
            <button
              type="button"
              className="button button--danger"
              onClick={() => setMainWait(waitOnMainThread())}
            >
              {t('sm.mainWait')}
            </button>
          </div>
          {mainWait && 'threw' in mainWait ? (
            <Notice tone="error">
              {/* The browser's words (a TypeError's message) as written, marked as the browser's. */}
              <SaidIn
                text={t('sm.mainWaitThrew', { words: SAID_SLOT })}
                said={[{ browser: `${mainWait.threw.name}: ${mainWait.threw.message}` }]}
              />
            </Notice>
          ) : mainWait ? (
            <Notice tone="warning">{t('sm.mainWaitReturned', { value: mainWait.returned })}</Notice>
          ) : null}
        </section>
        <IsolationPanel />
        <CountPanel atomic={atomic} onAtomic={setAtomic} />
        <TabsPanel tabs={mailbox?.tabs ?? null} reports={reports} />
        <CodePanel code={sharedMemoryCode({ notify, atomic })} />
      </div>
    </article>
  );
}
