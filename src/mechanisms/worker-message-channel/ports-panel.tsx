import { useId, useState, type FormEvent } from 'react';
import { Notice } from '../../components/notice';
import { useT } from '../../i18n/use-t';
import type { useWorkerLab } from './use-worker-lab';

type Props = {
  lab: ReturnType<typeof useWorkerLab>;
  callStart: boolean;
  onCallStart: (value: boolean) => void;
};

/** Two workers on one MessageChannel, and the port that stays silent until start(). */
export function PortsPanel({ lab, callStart, onCallStart }: Props) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const { state, workers: transport } = lab;
  const terminated = state.a === 'terminated';

  function viaPort(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    transport?.viaPort(text);
    setText('');
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('wmc.portsTitle')}</h2>
      <p className="hint">{t('wmc.linkHint')}</p>
      {terminated ? <Notice tone="warning">{t('wmc.needsWorker')}</Notice> : null}
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={terminated}
          onClick={() => transport?.link()}
        >
          {t('wmc.link')}
        </button>
      </div>
      {state.linked ? (
        <form className="inline-form" onSubmit={viaPort}>
          <p className="hint">{t('wmc.linked')}</p>
          <label htmlFor={`${id}-port-text`}>{t('wmc.portMessage')}</label>
          <input
            id={`${id}-port-text`}
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoComplete="off"
          />
          <button type="submit" className="button">
            {t('wmc.viaPort')}
          </button>
        </form>
      ) : null}
      <h3>{t('wmc.startTitle')}</h3>
      <p className="hint">{t('wmc.startHint')}</p>
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={callStart}
          onChange={(e) => onCallStart(e.target.checked)}
        />{' '}
        {t('wmc.startSwitch')}
      </label>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={terminated}
          onClick={() => transport?.portDemo(3, callStart)}
        >
          {t('wmc.portDemo')}
        </button>
        {state.port && !state.port.started ? (
          <button type="button" className="button" onClick={() => transport?.startPort()}>
            {t('wmc.startNow')}
          </button>
        ) : null}
      </div>
      {state.port ? (
        <p data-testid="port-status">
          {t('wmc.portStatus', { posted: state.port.posted, received: state.port.received })}
        </p>
      ) : null}
      {state.port && !state.port.started ? (
        <Notice tone="warning">{t('wmc.portWaiting')}</Notice>
      ) : null}
    </section>
  );
}
