// Atop each server page: is the server there, and in classroom mode, the class's join code.
import './i18n';
import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useServerHealth } from '../../hooks/server-queries';
import { readJoinCode, writeJoinCode } from '../../lib/join-code';
import { serverApi } from '../../lib/server-api';
import { useT } from '../../i18n/use-t';
import { Notice } from '../notice';
import { readServerWords } from '../message-log/reason';
import { SAID_SLOT, SaidIn } from '../message-log/said';

/** Whether the server is there (and, in classroom mode, the join code): atop a server page. */
export function ServerStatus() {
  const t = useT();
  const health = useServerHealth();
  if (health.isPending) return <Notice tone="info">{t('srv.checking')}</Notice>;
  if (health.isError)
    return (
      <Notice tone="error">
        <SaidIn
          text={t('srv.down', { reason: SAID_SLOT })}
          said={readServerWords(t, health.error.message)}
        />
      </Notice>
    );
  return health.data.joinCode === 'required' ? <JoinCode /> : null;
}

/** Asks for the class's join code until the server accepts it; the page reconnects with it. */
function JoinCode() {
  const t = useT();
  const id = useId();
  const [saved] = useState(readJoinCode);
  const [draft, setDraft] = useState(saved);
  const check = useQuery({
    queryKey: ['join-check', saved],
    queryFn: () => serverApi.joinCheck(saved),
    enabled: saved !== '',
  });
  if (saved && check.isSuccess)
    return <Notice tone="success">{t('srv.joinOk', { code: saved })}</Notice>;
  return (
    <form
      className="panel join-code"
      onSubmit={(event) => {
        event.preventDefault();
        writeJoinCode(draft);
        // Every connection on the page opens again, now with the code.
        window.location.reload();
      }}
    >
      {saved && check.isError ? (
        <Notice tone="error">{t('srv.joinWrong')}</Notice>
      ) : (
        <Notice tone="warning">{t('srv.joinNeeded')}</Notice>
      )}
      <div className="inline-fields">
        <div className="field">
          <label htmlFor={`${id}-code`}>{t('srv.joinLabel')}</label>
          <input
            id={`${id}-code`}
            value={draft}
            autoComplete="off"
            onChange={(e) => setDraft(e.target.value)}
          />
        </div>
        <button type="submit" className="button button--primary" disabled={!draft.trim()}>
          {t('srv.join')}
        </button>
      </div>
    </form>
  );
}
