import './i18n';
import { useId, useState } from 'react';
import { CodePanel } from '../../components/code-panel';
import { MechanismHeader } from '../../components/mechanism-header';
import { Notice } from '../../components/notice';
import { PeerBadge } from '../../components/peer-badge';
import { SendForm, failedOutcome, type SendOutcome } from '../../components/send-form';
import { ServerPanel, ServerStatus } from '../../components/server-panel/server-panel';
import { ServerQueries } from '../../hooks/server-queries';
import { useSelf } from '../../hooks/use-self';
import { useT } from '../../i18n/use-t';
import { byteSize, formatBytes } from '../../lib/describe-value';
import { InstancePicker } from '../../components/instances/instance-picker';
import { TransportSwitch } from '../../components/instances/transport-switch';
import { createEnvelopeFactory } from '../../lib/envelope-factory';
import { SUGGESTED_ROOMS, WS_LIMITS } from '../../shared/server-protocol';
import { websocketCode } from './code';
import { meta } from './meta';
import { useWebSocket } from './use-websocket';
import { StatusLine } from './status-line';
import { Transcript } from './transcript';
import { BinaryPanel } from './binary-panel';

const envelope = createEnvelopeFactory(meta.id);

export default function WebSocketPage() {
  return (
    <ServerQueries>
      <WebSocketPanels />
    </ServerQueries>
  );
}

function WebSocketPanels() {
  const t = useT();
  const id = useId();
  const self = useSelf();
  const { transport, state, readyState, manual, lines, closes, echo } = useWebSocket(self);
  const [nick, setNick] = useState(self.name);
  const [room, setRoom] = useState(state.room || 'lobby');
  const me = { ...self, name: nick.trim() || self.name };
  const open = readyState === 'open';

  function send(value: unknown): SendOutcome {
    if (!transport) return failedOutcome(t, undefined);
    const message = envelope(me, 'chat', value);
    const size = byteSize(JSON.stringify(message));
    if (size > WS_LIMITS.maxPayload)
      return { ok: false, message: t('ws.tooBig', { size: formatBytes(size) }) };
    const result = transport.send(message);
    if (!result.ok) return failedOutcome(t, result.error);
    return open
      ? { ok: true, note: t('ws.sentNote', { room: state.room }) }
      : { ok: true, tone: 'info', note: t('ws.queuedNote', { count: state.queued + 1 }) };
  }

  return (
    <article className="mechanism-page">
      <MechanismHeader meta={meta} />
      <ServerStatus />
      {meta.canBeUsed() ? null : <Notice tone="error">{t('ws.unavailable')}</Notice>}
      <div className="panels">
        <section className="panel panel--wide ws-chat" aria-labelledby={`${id}-chat`}>
          {/* The connection's state and its switch beside the title: on a projector the form
              starts the stage's first lines (it was under a wrapped state line, at 56 %). */}
          <div className="panel__header">
            <h2 id={`${id}-chat`}>{t('ws.chatTitle')}</h2>
            <StatusLine t={t} state={state} readyState={readyState} manual={manual} />
            <div className="button-row">
              {readyState === 'closed' ? (
                <button type="button" className="button" onClick={() => transport?.reconnectNow()}>
                  {state.retryAt !== null ? t('ws.reconnectNow') : t('ws.connect')}
                </button>
              ) : null}
              {readyState !== 'closed' || state.retryAt !== null ? (
                <button type="button" className="button" onClick={() => transport?.disconnect()}>
                  {t('ws.disconnect')}
                </button>
              ) : null}
            </div>
          </div>
          <div className="ws-chat__body">
            <div className="ws-chat__send">
              <SendForm onSend={send} disabled={!transport} />
            </div>
            <div className="ws-chat__said">
              <Transcript t={t} lines={lines} room={state.room} />
            </div>
            <div className="ws-chat__more">
              <div className="inline-fields">
                <form
                  className="inline-form"
                  onSubmit={(event) => {
                    event.preventDefault();
                    if (nick.trim()) transport?.rename(nick.trim());
                  }}
                >
                  <div className="field">
                    <label htmlFor={`${id}-nick`}>{t('ws.nickname')}</label>
                    <input
                      id={`${id}-nick`}
                      value={nick}
                      maxLength={64}
                      onChange={(e) => setNick(e.target.value)}
                    />
                  </div>
                  <button type="submit" className="button" disabled={!open || !nick.trim()}>
                    {t('ws.rename')}
                  </button>
                </form>
                <form
                  className="inline-form"
                  onSubmit={(event) => {
                    event.preventDefault();
                    transport?.join(room);
                  }}
                >
                  <div className="field">
                    <label htmlFor={`${id}-room`}>{t('ws.room')}</label>
                    <select
                      id={`${id}-room`}
                      value={room}
                      onChange={(e) => setRoom(e.target.value)}
                    >
                      {SUGGESTED_ROOMS.map((name) => (
                        <option key={name} value={name}>
                          {name}
                        </option>
                      ))}
                    </select>
                  </div>
                  <button type="submit" className="button" disabled={!open || room === state.room}>
                    {t('ws.join')}
                  </button>
                </form>
              </div>
              <h3>{t('ws.presence', { count: state.total })}</h3>
              {state.members.length === 0 ? (
                <p className="hint">{t('ws.presenceEmpty')}</p>
              ) : (
                <ul
                  className="presence__list"
                  aria-label={t('ws.presence', { count: state.total })}
                >
                  {state.members.map((member, i) => (
                    <li key={`${member.id}-${i}`}>
                      <PeerBadge
                        peer={member}
                        suffix={member.id === self.id ? `(${t('ws.you')})` : undefined}
                      />
                    </li>
                  ))}
                  {state.total > state.members.length ? (
                    <li>{t('ws.moreMembers', { count: state.total - state.members.length })}</li>
                  ) : null}
                </ul>
              )}
              <InstancePicker counters={state.resume} onChosen={() => transport?.relocate()} />
              <TransportSwitch lost={state.resume.gaps} />
            </div>
          </div>
        </section>
        <BinaryPanel
          t={t}
          transport={transport}
          state={state}
          open={open}
          me={me}
          echo={echo}
          closes={closes}
        />
        <ServerPanel focus="ws" />
        <CodePanel code={websocketCode(state.room || room)} />
      </div>
    </article>
  );
}
