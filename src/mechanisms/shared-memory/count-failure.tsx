import { readErrorMessage } from '../../components/message-log/reason';
import { SAID_SLOT, SaidIn } from '../../components/message-log/said';
import type { Said } from '../../components/message-log/said-part';
import { Notice } from '../../components/notice';
import { useT } from '../../i18n/use-t';
import type { T } from '../../i18n/use-t';
import { errorInfo } from '../../lib/error-info';
import { COUNT_GRACE_MS, CountFailed } from './lab';

/**
 * Why the two counters did not run, as the app's sentence in the reader's language with the
 * browser's own words in it, as written and marked as the browser's (as the log and the
 * load-failure box mark them). It read "Error: the counters did not finish in time" in either
 * language, or a bare "SecurityError: …", with nothing saying what had failed.
 */
function describe(t: T, failure: unknown): { text: string; said: Said } {
  if (failure instanceof CountFailed) {
    if (failure.why === 'timeout')
      return { text: t('sm.countTimedOut', { seconds: COUNT_GRACE_MS / 1000 }), said: [] };
    if (failure.browserWords)
      return {
        text: t('sm.countWorkerFailed', { message: SAID_SLOT }),
        said: [{ browser: failure.browserWords }],
      };
    return { text: t('sm.countWorkerFailedBare'), said: [] };
  }
  const info = errorInfo(failure);
  // A DOMException's name (SecurityError) says as much as its message: both are the browser's.
  const said: Said = info.browser
    ? [{ browser: `${info.name}: ${info.message}` }]
    : readErrorMessage(t, info);
  return { text: t('sm.countFailed', { message: SAID_SLOT }), said };
}

/** The count panel's failure box (role="alert"); the panel's Run button is its "try again". */
export function CountFailure({ failure }: { failure: unknown }) {
  const t = useT();
  const { text, said } = describe(t, failure);
  return (
    <Notice tone="error">
      <SaidIn text={text} said={said} />
    </Notice>
  );
}
