import './request-timer-i18n';
import { useEffect, useId, useState } from 'react';
import type { MessageKey } from '../i18n/dictionary';
import { useT } from '../i18n/use-t';
import { errorInfo } from '../lib/error-info';
import { serverApi } from '../lib/server-api';
import { Notice } from './notice';

type Timing =
  | { phase: 'idle' }
  | { phase: 'waiting'; started: number; seconds: number }
  | { phase: 'done'; ms: number }
  | { phase: 'failed'; ms: number; reason: string };

/**
 * Times one ordinary request to this origin. Over HTTP/1.1 Chromium opens at most six connections
 * per origin for the whole browser profile; six open EventSources hold all six, so this request
 * queues until a stream closes. https://developer.mozilla.org/en-US/docs/Web/API/EventSource
 * Shared by the pages that show the limit (the page says, in `hint`, how to reach it there).
 */
export function RequestTimer({ hint }: { hint: MessageKey }) {
  const t = useT();
  const id = useId();
  const [timing, setTiming] = useState<Timing>({ phase: 'idle' });
  const waitingSince = timing.phase === 'waiting' ? timing.started : null;

  // While it waits, say for how long, so a class sees the request stuck rather than a frozen page.
  useEffect(() => {
    if (waitingSince === null) return;
    const timer = setInterval(() => {
      const seconds = Math.floor((performance.now() - waitingSince) / 1000);
      setTiming((now) => (now.phase === 'waiting' ? { ...now, seconds } : now));
    }, 250);
    return () => clearInterval(timer);
  }, [waitingSince]);

  async function run() {
    const started = performance.now();
    setTiming({ phase: 'waiting', started, seconds: 0 });
    try {
      await serverApi.health();
      setTiming({ phase: 'done', ms: Math.round(performance.now() - started) });
    } catch (error) {
      const ms = Math.round(performance.now() - started);
      setTiming({ phase: 'failed', ms, reason: errorInfo(error).message });
    }
  }

  return (
    <div className="request-timer">
      <h3 id={id}>{t('timer.title')}</h3>
      <p className="hint">{t(hint)}</p>
      <button
        type="button"
        className="button"
        aria-describedby={id}
        disabled={timing.phase === 'waiting'}
        onClick={run}
      >
        {t('timer.run')}
      </button>
      {timing.phase === 'waiting' ? (
        <Notice tone="warning">{t('timer.waiting', { seconds: timing.seconds })}</Notice>
      ) : timing.phase === 'done' ? (
        <Notice tone="success">{t('timer.done', { ms: timing.ms })}</Notice>
      ) : timing.phase === 'failed' ? (
        <Notice tone="error">{t('timer.failed', { ms: timing.ms, reason: timing.reason })}</Notice>
      ) : null}
    </div>
  );
}
