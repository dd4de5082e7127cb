import './channel-list.css';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/use-t';

const NAME = /^[\w.:-]{1,64}$/;

type Props = {
  channels: readonly string[];
  onJoin: (name: string) => void;
  onLeave: (name: string) => void;
};

export function ChannelList({ channels, onJoin, onLeave }: Props) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  function join(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!NAME.test(trimmed)) {
      setError(t('bc.badChannelName'));
      return;
    }
    setError(null);
    onJoin(trimmed);
    setName('');
  }

  return (
    <div>
      <ul className="chips" aria-label={t('bc.joined')}>
        {channels.map((channel) => (
          <li key={channel} className="chip">
            <span>#{channel}</span>
            <button
              type="button"
              className="button button--small"
              onClick={() => onLeave(channel)}
              aria-label={t('bc.leaveNamed', { channel })}
            >
              {t('bc.leave')}
            </button>
          </li>
        ))}
      </ul>
      {channels.length === 0 ? <p className="hint">{t('bc.noChannels')}</p> : null}
      <form className="inline-form" onSubmit={join}>
        <label htmlFor={`${id}-name`}>{t('bc.channelName')}</label>
        <input
          id={`${id}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="lab-2"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-err` : undefined}
        />
        <button type="submit" className="button">
          {t('bc.join')}
        </button>
        {error ? (
          <p id={`${id}-err`} className="notice notice--error" role="alert">
            <span aria-hidden="true">✕</span> {error}
          </p>
        ) : null}
      </form>
    </div>
  );
}
