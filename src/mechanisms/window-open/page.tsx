import './i18n';
import { useId, useState } from 'react';
import { CodePanel } from '../../components/code-panel';
import { MechanismHeader } from '../../components/mechanism-header';
import { Notice } from '../../components/notice';
import { SendForm } from '../../components/send-form';
import { useSelf } from '../../hooks/use-self';
import { useT } from '../../i18n/use-t';
import { windowOpenCode } from './code';
import { meta } from './meta';
import { defaultRequest, OpenPanel, type OpenRequest } from './open-panel';
import { PopupList } from './popup-list';
import { featureString } from '../../lib/window-messaging/popup';
import { usePopups } from './use-popups';

export default function WindowOpenPage() {
  const t = useT();
  const id = useId();
  const self = useSelf();
  const popups = usePopups(self);
  const [to, setTo] = useState('');
  const [handshake, setHandshake] = useState(true);
  const [features, setFeatures] = useState('popup,width=420,height=560');
  const reachable = popups.popups.filter((p) => p.state !== 'closed' && p.state !== 'no-handle');
  const target = reachable.some((p) => p.id === to) ? to : (reachable[0]?.id ?? '');

  function open(request: OpenRequest) {
    setFeatures(featureString(request.features));
    const info = popups.open(request.name, request.features);
    if (info && request.sendAtOnce)
      popups.setNotice(popups.send(info.id, request.sendAtOnce, handshake));
  }

  return (
    <article className="mechanism-page">
      <MechanismHeader meta={meta} />
      <div className="panels">
        <section className="panel" aria-labelledby={`${id}-send`}>
          <h2 id={`${id}-send`}>{t('pop.sendTitle')}</h2>
          <SendForm
            disabled={!target}
            target={target}
            onSend={(value) => {
              const result = popups.send(target, value, handshake);
              return result.tone === 'error'
                ? { ok: false, message: result.text }
                : { ok: true, note: result.text };
            }}
          >
            <div className="field">
              <label htmlFor={`${id}-to`}>{t('pop.to')}</label>
              <select
                id={`${id}-to`}
                value={target}
                onChange={(e) => setTo(e.target.value)}
                aria-describedby={target ? undefined : `${id}-none`}
              >
                {/* An empty select reads as broken on a projector: say there is no one to pick. */}
                {reachable.length ? null : <option value="">{t('pop.noTarget')}</option>}
                {reachable.map((p) => (
                  <option key={p.id} value={p.id}>
                    {popups.nameOf(p.id)} ({p.name})
                  </option>
                ))}
              </select>
            </div>
          </SendForm>
          {target ? null : (
            // Send waits for a popup; say so where Send is, with the way to open one beside it
            // (the form with every option sits further down, below the fold in a 320 px window).
            <Notice tone="info" live={false}>
              <span id={`${id}-none`}>
                {t(popups.popups.length ? 'pop.noneReachable' : 'pop.noneOpen')}
              </span>{' '}
              <button
                type="button"
                className="button button--small"
                onClick={() => open(defaultRequest(popups.popups.length))}
              >
                {t('pop.openNow')}
              </button>
            </Notice>
          )}
          <label className="switch">
            <input
              type="checkbox"
              role="switch"
              checked={handshake}
              onChange={(e) => setHandshake(e.target.checked)}
            />{' '}
            {t('pop.handshake')}
          </label>
          <p className="hint">{handshake ? t('pop.handshakeOn') : t('pop.handshakeOff')}</p>
        </section>
        <section className="panel" aria-labelledby={`${id}-open`}>
          <h2 id={`${id}-open`}>{t('pop.openTitle')}</h2>
          <OpenPanel onOpen={open} count={popups.popups.length} />
          {popups.notice ? <Notice tone={popups.notice.tone}>{popups.notice.text}</Notice> : null}
        </section>
        <section className="panel" aria-labelledby={`${id}-list`}>
          <h2 id={`${id}-list`}>{t('pop.listTitle')}</h2>
          <PopupList
            popups={popups.popups}
            nameOf={popups.nameOf}
            onFocus={popups.focus}
            onClose={popups.close}
          />
        </section>
        <CodePanel code={windowOpenCode(window.location.origin, features)} />
      </div>
    </article>
  );
}
