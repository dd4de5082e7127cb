import './code-panel.css';
import { useId, useState } from 'react';
import { useT } from '../i18n/use-t';

/** The minimal plain JavaScript for what the page is doing, following its current settings. */
export function CodePanel({ code, title }: { code: string; title?: string }) {
  const t = useT();
  const id = useId();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copyCode() {
    try {
      await navigator.clipboard.writeText(code);
      setCopy('copied');
    } catch {
      // Clipboard access needs a secure context and permission; say so instead of failing silently.
      setCopy('failed');
    }
  }

  return (
    <section className="panel panel--wide code-panel" aria-labelledby={`${id}-title`}>
      {/* Folded by default: the stage keeps the screen; opened, it takes the page's full width. */}
      <details>
        <summary>
          <h2 id={`${id}-title`}>{title ?? t('code.title')}</h2>
        </summary>
        <div className="panel__header code-panel__tools">
          <p className="hint">{t('code.asWritten')}</p>
          <button type="button" className="button button--small" onClick={copyCode}>
            {t('code.copy')}
          </button>
        </div>
        <pre tabIndex={0} aria-label={title ?? t('code.title')} translate="no">
          <code>{code}</code>
        </pre>
        <p className="code-panel__status" role="status">
          {copy === 'copied' ? t('code.copied') : copy === 'failed' ? t('code.copyFailed') : ''}
        </p>
      </details>
    </section>
  );
}
