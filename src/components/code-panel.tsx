import './code-panel.css';
import { useId, useMemo, useState, type CSSProperties } from 'react';
import { useT } from '../i18n/use-t';
import type { CodeText } from '../lib/code-comments';
import { codeLines } from './code-lines';
import { useCodeComments } from './use-code-comments';

// A wrapped line continues two columns in from where the line itself starts.
const hangingIndent = (indent: number): CSSProperties => ({
  paddingInlineStart: `${indent + 2}ch`,
  textIndent: `${-(indent + 2)}ch`,
});

/**
 * The minimal plain JavaScript for what the page is doing, following its current settings. The
 * code is the same in every language; its comments are in the reader's (see use-code-comments.ts).
 */
export function CodePanel({ code, title }: { code: CodeText; title?: string }) {
  const t = useT();
  const id = useId();
  const { pieces, text } = useCodeComments(code);
  const lines = useMemo(() => codeLines(pieces), [pieces]);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copyCode() {
    try {
      // What the reader sees, comments included, is what they paste.
      await navigator.clipboard.writeText(text);
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
        {/* Code is never translated; comments are prose, so a translation tool may take them.
            https://html.spec.whatwg.org/multipage/dom.html#the-translate-attribute */}
        <pre tabIndex={0} aria-label={title ?? t('code.title')} translate="no">
          <code>
            {lines.map((line, i) => (
              <span key={i} className="code-panel__line" style={hangingIndent(line.indent)}>
                {line.spans.map((span, j) =>
                  span.comment ? (
                    <span key={j} className="code-panel__comment" translate="yes">
                      {span.text}
                    </span>
                  ) : (
                    span.text
                  ),
                )}
              </span>
            ))}
          </code>
        </pre>
        <p className="code-panel__status" role="status">
          {copy === 'copied' ? t('code.copied') : copy === 'failed' ? t('code.copyFailed') : ''}
        </p>
      </details>
    </section>
  );
}
