// The teacher's button: the server drops every WebSocket and SSE stream at once. In classroom mode
// it needs the teacher token the server printed at start: asked for once, kept in this browser.
import './i18n';
import { useId, useState } from 'react';
import { useDropAll } from '../../hooks/server-queries';
import { readTeacherToken, writeTeacherToken } from '../../lib/join-code';
import { useT } from '../../i18n/use-t';
import { usePlural } from '../../i18n/plural';
import { Notice } from '../notice';
import { readServerWords } from '../message-log/reason';
import { SAID_SLOT, SaidIn } from '../message-log/said';

const DROPPED_WS = { one: 'srv.droppedWsOne', other: 'srv.droppedWs' } as const;
const DROPPED_SSE = { one: 'srv.droppedSseOne', other: 'srv.droppedSse' } as const;

function TeacherToken({ onSaved }: { onSaved: (token: string) => void }) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState('');
  return (
    <form
      className="inline-fields"
      onSubmit={(event) => {
        event.preventDefault();
        writeTeacherToken(draft);
        onSaved(draft.trim());
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-token`}>{t('srv.teacherLabel')}</label>
        <input
          id={`${id}-token`}
          type="password"
          value={draft}
          autoComplete="off"
          onChange={(e) => setDraft(e.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={!draft.trim()}>
        {t('srv.teacherSave')}
      </button>
    </form>
  );
}

export function DropAll({ up, teacherToken }: { up: boolean; teacherToken: boolean }) {
  const t = useT();
  const plural = usePlural();
  const id = useId();
  const drop = useDropAll();
  const [how, setHow] = useState<'terminate' | 'close'>('terminate');
  const [token, setToken] = useState(readTeacherToken);
  const needsToken = teacherToken && !token;
  const refused = drop.isError && 'status' in drop.error && drop.error.status === 403;
  return (
    <>
      <h3>{t('srv.dropTitle')}</h3>
      <p className="hint">{t('srv.dropHint')}</p>
      {teacherToken ? <p className="hint">{t('srv.teacherHint')}</p> : null}
      {needsToken || (teacherToken && refused) ? (
        <TeacherToken
          onSaved={(saved) => {
            setToken(saved);
            drop.reset();
          }}
        />
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-how`}>{t('srv.dropHow')}</label>
        <select
          id={`${id}-how`}
          value={how}
          onChange={(e) => setHow(e.target.value as 'terminate' | 'close')}
        >
          <option value="terminate">{t('srv.how.terminate')}</option>
          <option value="close">{t('srv.how.close')}</option>
        </select>
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button--danger"
          disabled={!up || drop.isPending || needsToken}
          onClick={() => drop.mutate(how)}
        >
          {t('srv.drop')}
        </button>
      </div>
      {drop.isSuccess ? (
        <Notice tone="success">
          {t('srv.dropped', {
            websockets: plural(DROPPED_WS, drop.data.websockets),
            streams: plural(DROPPED_SSE, drop.data.streams),
          })}
        </Notice>
      ) : null}
      {drop.isError ? (
        <Notice tone="error">
          <SaidIn
            text={t('srv.dropFailed', { reason: SAID_SLOT })}
            said={readServerWords(t, drop.error.message)}
          />
        </Notice>
      ) : null}
    </>
  );
}
