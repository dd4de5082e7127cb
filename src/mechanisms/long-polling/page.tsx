import './i18n';
import './ways.css';
import { useEffect, useId, useState } from 'react';
import { InstancePicker } from '../../components/instances/instance-picker';
import { CodePanel } from '../../components/code-panel';
import { MechanismHeader } from '../../components/mechanism-header';
import { MoreText } from '../../components/more-text';
import { Notice } from '../../components/notice';
import { readServerWords } from '../../components/message-log/reason';
import { SAID_SLOT, SaidIn } from '../../components/message-log/said';
import { SendForm, failedOutcome } from '../../components/send-form';
import { TicksSwitch } from '../../components/ticks-switch';
import { useInstances } from '../../hooks/use-instances';
import { useSelf } from '../../hooks/use-self';
import { useT } from '../../i18n/use-t';
import { usePlural } from '../../i18n/plural';
import { errorInfo } from '../../lib/error-info';
import { serverBase } from '../../lib/instances';
import { longPollingCode } from './code';
import { meta } from './meta';
import { ProxyTable } from './proxy-table';
import { useFeedWays } from './use-feed-ways';
import { WayColumn } from './way-column';
import { WAYS } from './ways-core';

const DROPPED = {
  polls: { one: 'lp.droppedPollsOne', other: 'lp.droppedPolls' },
  streams: { one: 'lp.droppedStreamsOne', other: 'lp.droppedStreams' },
  feedSockets: { one: 'lp.droppedSocketsOne', other: 'lp.droppedSockets' },
} as const;

export default function LongPollingPage() {
  const t = useT();
  const plural = usePlural();
  const id = useId();
  const self = useSelf();
  const [resume, setResume] = useState(true);
  const [dropError, setDropError] = useState<string | null>(null);
  // In a cluster, the three ways read the instance picked below; when the list says it has gone,
  // they move to the next one and resume from their cursors (same ids on every instance).
  const { picker, current } = useInstances();
  const gone = current !== null && (current.stopped || !current.alive);
  useEffect(() => {
    if (gone) picker.failover();
  }, [gone, picker]);
  const { transport, ways, state, send, ticks, setTicks } = useFeedWays(self, resume, serverBase());

  const drop = () => {
    setDropError(null);
    ways?.dropAll().catch((error: unknown) => setDropError(errorInfo(error).message));
  };

  return (
    <article className="mechanism-page">
      <MechanismHeader meta={meta} />
      {meta.canBeUsed() ? null : <Notice tone="error">{t('lp.unavailable')}</Notice>}
      {/* The stage: the form, then the three ways with the switches that act on all three in
          their header, then what a drop cost. Where the page is wide the form and the drop's
          outcome share a side column beside the ways, so on a projector the controls and each
          way's counts are on the first screen however full the log below is (under two panels,
          the counts were below it). */}
      <div className="lp-stage-wrap">
        <div className="lp-stage">
          <section className="panel lp-stage__publish" aria-labelledby={`${id}-send`}>
            <h2 id={`${id}-send`}>{t('lp.sendTitle')}</h2>
            <SendForm
              disabled={!transport}
              onSend={(value) => {
                const result = send(value);
                return result.ok
                  ? { ok: true, note: t('lp.sentNote') }
                  : failedOutcome(t, result.error);
              }}
            />
          </section>
          <section className="panel lp-stage__ways" aria-labelledby={`${id}-ways`}>
            <div className="panel__header">
              <h2 id={`${id}-ways`}>{t('lp.waysTitle')}</h2>
              {/* The switch that breaks all three, and the one that decides what a drop costs. */}
              <div className="button-row" data-stage-primary="">
                <button type="button" className="button" disabled={!ways} onClick={drop}>
                  {t('lp.drop')}
                </button>
                <label className="switch">
                  <input
                    type="checkbox"
                    role="switch"
                    checked={resume}
                    onChange={(e) => setResume(e.target.checked)}
                  />{' '}
                  {t('lp.resumeSwitch')}
                </label>
              </div>
            </div>
            {state.drop ? (
              <p data-testid="drop-result">
                {t('lp.dropped', {
                  polls: plural(DROPPED.polls, state.drop.polls ?? 0),
                  streams: plural(DROPPED.streams, state.drop.streams ?? 0),
                  feedSockets: plural(DROPPED.feedSockets, state.drop.feedSockets ?? 0),
                })}
              </p>
            ) : null}
            {dropError ? (
              <Notice tone="error">
                <SaidIn
                  text={t('lp.dropFailed', { message: SAID_SLOT })}
                  said={readServerWords(t, dropError)}
                />
              </Notice>
            ) : null}
            <div className="ways">
              {WAYS.map((way) => (
                <WayColumn key={way} way={way} view={state.ways[way]} wire={state.wire?.[way]} />
              ))}
            </div>
            <TicksSwitch checked={ticks} onChange={setTicks} />
            {/* Teaching text one step away: what a publish does and what each column counts. */}
            <MoreText>
              <p>{t('lp.sendHint')}</p>
              <p>{t('lp.waysHint')}</p>
            </MoreText>
          </section>
          <section className="panel lp-stage__drop" aria-labelledby={`${id}-drop`}>
            <h2 id={`${id}-drop`}>{t('lp.dropTitle')}</h2>
            {/* What a drop cost (gaps, duplicates, where each way resumed), on one server or a
                cluster's instance; why, and what to expect, one step away. */}
            <InstancePicker
              counters={{
                gaps: Object.values(state.ways).reduce((sum, way) => sum + way.missed, 0),
                duplicates: Object.values(state.ways).reduce((sum, way) => sum + way.duplicates, 0),
                resumedFrom: state.ways.poll.lastId,
              }}
              // A new base makes a new transport (useFeedWays), which resumes from the cursors.
              onChosen={() => undefined}
            />
            <MoreText>
              <p>{t('lp.dropHint')}</p>
              <p>{resume ? t('lp.resumeOn') : t('lp.resumeOff')}</p>
            </MoreText>
          </section>
        </div>
      </div>
      <div className="panels">
        <ProxyTable />
        <CodePanel code={longPollingCode(resume)} />
      </div>
    </article>
  );
}
