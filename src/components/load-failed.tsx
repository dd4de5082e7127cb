import { useT } from '../i18n/use-t';
import { errorInfo } from '../lib/error-info';
import { readErrorMessage } from './message-log/reason';
import { SAID_SLOT, SaidIn } from './message-log/said';
import { Notice } from './notice';

/**
 * A section whose lazy chunk did not load ("What to notice", "Under the hood", "Where it works"):
 * the app's sentence in the reader's language, the browser's own words ("Failed to fetch
 * dynamically imported module: http://…") as written and marked as the browser's, as the log
 * marks them, and a button that asks for the chunk again (a server restarted, a network back).
 * The HTML Standard no longer keeps a failed module fetch in the module map, so asking again
 * fetches again (https://github.com/whatwg/html/pull/10327); a browser that still keeps the
 * failure answers with it at once, and the box says so again.
 * `sentence` holds `{message}` where the words go.
 */
export function LoadFailed({
  sentence,
  error,
  onRetry,
}: {
  sentence: (message: string) => string;
  error: unknown;
  onRetry: () => void;
}) {
  const t = useT();
  return (
    <Notice tone="error">
      <SaidIn text={sentence(SAID_SLOT)} said={readErrorMessage(t, errorInfo(error))} />{' '}
      <button type="button" className="button load-failed__retry" onClick={onRetry}>
        {t('app.retry')}
      </button>
    </Notice>
  );
}
