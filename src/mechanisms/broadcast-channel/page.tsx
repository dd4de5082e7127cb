import './i18n';
import { useId, useState } from 'react';
import { CodePanel } from '../../components/code-panel';
import { MechanismHeader } from '../../components/mechanism-header';
import { Notice, type Tone } from '../../components/notice';
import { SendForm, type SendOutcome } from '../../components/send-form';
import { pipeTransport } from '../../hooks/transport-pipeline';
import { useTransportFactory } from '../../hooks/use-transport-factory';
import { useSelf } from '../../hooks/use-self';
import { useT } from '../../i18n/use-t';
import { usePlural } from '../../i18n/plural';
import type { MessageKey } from '../../i18n/dictionary';
import { createEnvelopeFactory } from '../../lib/envelope-factory';
import { useAppStore } from '../../store';
import type { SendResult } from '../../lib/transport-types';
import { ChannelList } from './channel-list';
import { broadcastChannelCode } from './code';
import { meta } from './meta';
import { PresenceList } from './presence-list';
import { SAMPLE_NAMES, makeSample, uncloneable, type SampleName } from './samples';
import { createBroadcastChannelTransport } from './transport';
import { SecondObject } from './second-object';
import { useChannels } from './use-channels';

export default function BroadcastChannelPage() {
  const t = useT();
  const plural = usePlural();
  const id = useId();
  const self = useSelf();
  const create = useTransportFactory(createBroadcastChannelTransport);
  const { channels, join, leave, send } = useChannels(self, [meta.defaultAddress]);
  const [chosen, setChosen] = useState(meta.defaultAddress);
  const target = channels.includes(chosen) ? chosen : (channels[0] ?? '');
  const [extra, setExtra] = useState<{ tone: Tone; text: string } | null>(null);
  const peerCount = useAppStore((s) => Object.keys(s.peers[`${meta.id}:${target}`] ?? {}).length);

  const outcome = (result: SendResult): SendOutcome =>
    result.ok
      ? {
          ok: true,
          note: plural({ one: 'bc.sentNoteOne', other: 'bc.sentNote' }, peerCount, {
            channel: target,
          }),
        }
      : {
          ok: false,
          message: t(result.error.name === 'DataCloneError' ? 'bc.cloneError' : 'send.failed', {
            name: result.error.name,
            message: result.error.message,
          }),
        };

  const sendExtra = (value: unknown) => {
    const result = outcome(send(target, value));
    setExtra(
      result.ok
        ? { tone: 'success', text: result.note ?? '' }
        : { tone: 'error', text: result.message },
    );
  };

  // A real InvalidStateError: open a channel, close it, then post on it.
  const postOnClosed = () => {
    const transport = create({
      self,
      address: target || meta.defaultAddress,
    });
    // Only its error is news: the opening and closing are the demo's own steps.
    const unsubscribe = pipeTransport(transport, {
      mechanism: meta.id,
      key: 'closed-demo',
      self: () => self,
      shouldLog: (event) => event.type === 'error',
    });
    transport.connect();
    transport.close();
    const result = transport.send(
      createEnvelopeFactory(meta.id)(self, 'chat', 'sent after close()'),
    );
    unsubscribe();
    setExtra(
      result.ok ? null : { tone: 'error', text: t('bc.closedError', { name: result.error.name }) },
    );
  };

  return (
    <article className="mechanism-page">
      <MechanismHeader meta={meta} />
      <div className="panels">
        <section className="panel" aria-labelledby={`${id}-send`}>
          <h2 id={`${id}-send`}>{t('bc.sendTitle')}</h2>
          <SendForm onSend={(value) => outcome(send(target, value))} disabled={!target}>
            <div className="field">
              <label htmlFor={`${id}-channel`}>{t('bc.channel')}</label>
              <select
                id={`${id}-channel`}
                value={target}
                onChange={(e) => setChosen(e.target.value)}
              >
                {channels.map((c) => (
                  <option key={c} value={c}>
                    #{c}
                  </option>
                ))}
              </select>
            </div>
          </SendForm>
        </section>
        <section className="panel panel--tall" aria-labelledby={`${id}-channels`}>
          <h2 id={`${id}-channels`}>{t('bc.channelsTitle')}</h2>
          <ChannelList channels={channels} onJoin={join} onLeave={leave} />
          {channels.map((channel) => (
            <PresenceList key={channel} channel={channel} self={self} />
          ))}
        </section>
        {/* What a channel carries and how it fails: one step after who is on it (a 320 px window
            shows the form and the channel's members first). */}
        <section className="panel" aria-labelledby={`${id}-values`}>
          <h2 id={`${id}-values`}>{t('bc.structuredTitle')}</h2>
          <p className="hint">{t('bc.structuredHint')}</p>
          <div className="button-row">
            {SAMPLE_NAMES.map((name: SampleName) => (
              <button
                key={name}
                type="button"
                className="button"
                disabled={!target}
                onClick={() => sendExtra(makeSample(name))}
              >
                {t(`bc.sample.${name}` as MessageKey)}
              </button>
            ))}
          </div>
          <h3>{t('bc.failuresTitle')}</h3>
          <div className="button-row">
            <button
              type="button"
              className="button button--danger"
              disabled={!target}
              onClick={() => sendExtra(uncloneable())}
            >
              {t('bc.sendFunction')}
            </button>
            <button type="button" className="button button--danger" onClick={postOnClosed}>
              {t('bc.postOnClosed')}
            </button>
          </div>
          {extra ? <Notice tone={extra.tone}>{extra.text}</Notice> : null}
          <SecondObject key={target} channel={target} />
        </section>
        <CodePanel code={broadcastChannelCode(target || meta.defaultAddress)} />
      </div>
    </article>
  );
}
