import './load-failed.css';
import { useT } from '../i18n/use-t';
import { errorInfo, type ErrorInfo } from '../lib/error-info';
import { readErrorMessage } from './message-log/reason';
import { SaidText } from './message-log/said';
import { Notice } from './notice';

/**
 * A module script the browser could not fetch: `import()` rejects with a TypeError whose words
 * each engine writes its own way (https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/import#return_value);
 * Vite's preload of a chunk's CSS fails with its own.
 */
const CODE_NOT_LOADED = [
  /Failed to fetch dynamically imported module/, // Chromium
  /error loading dynamically imported module/i, // Firefox
  /Importing a module script failed/, // Safari
  /Unable to preload CSS/, // Vite
];
const codeNotLoaded = ({ message }: ErrorInfo) => CODE_NOT_LOADED.some((re) => re.test(message));

/**
 * A section whose lazy chunk did not load ("What to notice", "Under the hood", the flow view…) or
 * a page that stopped: one plain sentence in the reader's language (`what` failed, and why where
 * the app knows: its code did not arrive), a button that asks again (a server restarted, a network
 * back), and the browser's own words ("Failed to fetch dynamically imported module: http://…")
 * folded below, as written and marked as the browser's, for whoever wants them.
 * The HTML Standard no longer keeps a failed module fetch in the module map, so asking again
 * fetches again (https://github.com/whatwg/html/pull/10327); a browser that still keeps the
 * failure answers with it at once, and the box says so again.
 */
export function LoadFailed({
  what,
  error,
  onRetry,
}: {
  what: string;
  error: unknown;
  onRetry: () => void;
}) {
  const t = useT();
  const info = errorInfo(error);
  return (
    <div className="load-failed">
      <Notice tone="error">
        {codeNotLoaded(info)
          ? t('load.failedWhy', { what, why: t('load.noCode') })
          : t('load.failed', { what })}{' '}
        <button type="button" className="button load-failed__retry" onClick={onRetry}>
          {t('app.retry')}
        </button>
      </Notice>
      <details className="load-failed__words">
        <summary>{t('load.details')}</summary>
        <SaidText said={readErrorMessage(t, info)} />
      </details>
    </div>
  );
}
