import './claims-i18n';
import { useState } from 'react';
import { Notice } from '../../components/notice';
import { useT } from '../../i18n/use-t';
import { errorInfo } from '../../lib/error-info';

type Answer = { ms: number; secure: boolean } | { failed: string } | null;

/** Starts a dedicated worker on this page, proof that the secure-context rule is the SW's alone. */
function pingDedicatedWorker(): Promise<{ ms: number; secure: boolean }> {
  const started = performance.now();
  const worker = new Worker(new URL('./dedicated-worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<{ secure: boolean }>) => {
      worker.terminate();
      resolve({ ms: Math.round(performance.now() - started), secure: event.data.secure });
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the worker script failed to start'));
    };
    worker.postMessage('ping');
  });
}

export function DedicatedWorkerCheck() {
  const t = useT();
  const [answer, setAnswer] = useState<Answer>(null);
  const run = () =>
    pingDedicatedWorker().then(setAnswer, (error: unknown) =>
      setAnswer({ failed: errorInfo(error).message }),
    );
  return (
    <div className="dedicated-worker-check">
      <button type="button" className="button" onClick={run}>
        {t('sw.dedicated.run')}
      </button>
      {answer === null ? null : 'failed' in answer ? (
        <Notice tone="error">{t('sw.dedicated.failed', { reason: answer.failed })}</Notice>
      ) : (
        <Notice tone="success">
          {t('sw.dedicated.answered', { ms: answer.ms, secure: String(answer.secure) })}
        </Notice>
      )}
    </div>
  );
}
