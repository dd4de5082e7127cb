import './claims-i18n';
import { useEffect, useId, useState } from 'react';
import { Notice } from '../../components/notice';
import { usePlural } from '../../i18n/plural';
import { useT } from '../../i18n/use-t';
import { preview } from '../../lib/describe-value';
import { parseEnvelope } from '../../shared/envelope';
import { listenWithSecondObject } from './transport';

type Heard = { count: number; last: string };

/**
 * The subtle version of "the sender does not hear itself": only the posting *object* is skipped.
 * https://html.spec.whatwg.org/multipage/web-messaging.html#dom-broadcastchannel-postmessage
 */
/** Keyed by channel where it is used, so switching channels starts a fresh count. */
export function SecondObject({ channel }: { channel: string }) {
  const t = useT();
  const plural = usePlural();
  const id = useId();
  const [on, setOn] = useState(false);
  const [heard, setHeard] = useState<Heard>({ count: 0, last: '' });

  useEffect(() => {
    if (!on || !channel) return;
    return listenWithSecondObject(channel, (data) => {
      const parsed = parseEnvelope(data);
      // Presence hellos and heartbeats travel on the same channel; count the messages people send.
      if (parsed.ok && parsed.envelope.kind === 'presence') return;
      const body = parsed.ok ? parsed.envelope.body : data;
      setHeard((h) => ({ count: h.count + 1, last: preview(body, 80) }));
    });
  }, [on, channel]);

  return (
    <div className="second-object">
      <div className="field field--inline">
        <input
          id={id}
          type="checkbox"
          checked={on}
          onChange={(e) => {
            setOn(e.target.checked);
            setHeard({ count: 0, last: '' });
          }}
          disabled={!channel}
        />
        <label htmlFor={id}>{t('bc.second.toggle')}</label>
      </div>
      <p className="hint">{t('bc.second.hint', { channel })}</p>
      {on ? (
        <Notice tone={heard.count > 0 ? 'success' : 'info'}>
          {heard.count > 0
            ? plural({ one: 'bc.second.heardOne', other: 'bc.second.heard' }, heard.count, {
                text: heard.last,
              })
            : t('bc.second.none', { channel })}
        </Notice>
      ) : null}
    </div>
  );
}
