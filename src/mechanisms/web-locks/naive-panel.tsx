import { useId } from 'react';
import { MoreText } from '../../components/more-text';
import { RequestTimer } from '../../components/request-timer';
import { useT } from '../../i18n/use-t';
import type { FeedMode, LeaderTransport } from './transport';

/**
 * The naive way beside leader election: every tab with its own EventSource. The request timer
 * measures what that costs the tab's other requests once six streams hold the browser's six
 * HTTP/1.1 connections to this origin.
 */
export function NaivePanel({ leader, naive }: { leader?: LeaderTransport; naive: boolean }) {
  const t = useT();
  const id = useId();
  const setMode = (mode: FeedMode) => leader?.setMode(mode);
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('wl.naiveTitle')}</h2>
      <label className="switch" data-stage-primary="">
        <input
          type="checkbox"
          role="switch"
          checked={naive}
          disabled={!leader}
          onChange={(e) => setMode(e.target.checked ? 'naive' : 'leader')}
        />{' '}
        {t('wl.naiveSwitch')}
      </label>
      {/* Why six streams matter and how to see it: one step away, the switch first. */}
      <MoreText>
        <p>{t('wl.naiveHint')}</p>
        <p>{t('wl.naiveHow')}</p>
      </MoreText>
      <RequestTimer hint="wl.timerHint" />
    </section>
  );
}
