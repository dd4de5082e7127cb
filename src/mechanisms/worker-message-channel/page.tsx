import { useId, useState } from 'react';
import { CodePanel } from '../../components/code-panel';
import { MechanismHeader } from '../../components/mechanism-header';
import { Notice } from '../../components/notice';
import { readMessage, SendForm, type SendOutcome } from '../../components/send-form';
import { useSelf } from '../../hooks/use-self';
import { useT } from '../../i18n/use-t';
import type { SendResult } from '../../lib/transport-types';
import { workerCode } from './code';
import { runningText } from './i18n';
import { meta } from './meta';
import { PortsPanel } from './ports-panel';
import { TransferPanel } from './transfer-panel';
import { useWorkerLab } from './use-worker-lab';

export default function WorkerMessageChannelPage() {
  const t = useT();
  const id = useId();
  const self = useSelf();
  const lab = useWorkerLab(self);
  const [failure, setFailure] = useState<string | null>(null);
  const [callStart, setCallStart] = useState(true);
  const terminated = lab.state.a === 'terminated';

  const outcome = (result: SendResult): SendOutcome => {
    if (result.ok)
      return terminated
        ? { ok: true, tone: 'info', note: t('wmc.sentToTerminated') }
        : { ok: true, note: t('wmc.sentNote') };
    const { name, message } = result.error;
    return {
      ok: false,
      message: t(name === 'DataCloneError' ? 'wmc.cloneError' : 'send.failed', {
        name,
        message: readMessage(t, message),
      }),
    };
  };
  const tryToSend = (value: unknown) => {
    const result = outcome(lab.send(value));
    setFailure(result.ok ? null : result.message);
  };

  return (
    <article className="mechanism-page">
      <MechanismHeader meta={meta} />
      <div className="panels">
        <section className="panel panel--tall" aria-labelledby={`${id}-send`}>
          <h2 id={`${id}-send`}>{t('wmc.sendTitle')}</h2>
          <SendForm onSend={(value) => outcome(lab.send(value))} disabled={!lab.transport} />
          <p>
            <strong>{t('wmc.workerState')}</strong>:{' '}
            <span data-testid="worker-state" data-state={lab.state.a}>
              {terminated ? t('wmc.terminated') : runningText(t, lab.state.generation)}
            </span>
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button button--danger"
              disabled={terminated}
              onClick={() => lab.workers?.terminate()}
            >
              {t('wmc.terminate')}
            </button>
            <button type="button" className="button" onClick={() => lab.workers?.restart()}>
              {t('wmc.restart')}
            </button>
          </div>
          <h3>{t('wmc.failuresTitle')}</h3>
          <div className="button-row">
            <button
              type="button"
              className="button button--danger"
              onClick={() => tryToSend({ note: 'functions cannot be cloned', fn: () => 42 })}
            >
              {t('wmc.sendFunction')}
            </button>
            <button
              type="button"
              className="button button--danger"
              onClick={() =>
                tryToSend({
                  note: 'nodes cannot be cloned',
                  node: document.createElement('canvas'),
                })
              }
            >
              {t('wmc.sendNode')}
            </button>
          </div>
          {failure ? <Notice tone="error">{failure}</Notice> : null}
        </section>
        <TransferPanel lab={lab} />
        <PortsPanel lab={lab} callStart={callStart} onCallStart={setCallStart} />
        <CodePanel code={workerCode(callStart)} />
      </div>
    </article>
  );
}
