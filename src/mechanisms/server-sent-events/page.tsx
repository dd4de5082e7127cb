import './sse.css';
import './i18n';
import { useId, useState } from 'react';
import { CodePanel } from '../../components/code-panel';
import { InstancePicker } from '../../components/instances/instance-picker';
import { MechanismHeader } from '../../components/mechanism-header';
import { MoreText } from '../../components/more-text';
import { Notice } from '../../components/notice';
import { failedOutcome, SendForm, type SendOutcome } from '../../components/send-form';
import { errorInfo } from '../../lib/error-info';
import { ServerPanel, ServerStatus } from '../../components/server-panel/server-panel';
import { ServerQueries } from '../../hooks/server-queries';
import { useSelf } from '../../hooks/use-self';
import { useT } from '../../i18n/use-t';
import { usePlural } from '../../i18n/plural';
import { createEnvelopeFactory } from '../../lib/envelope-factory';
import {
  PUBLISHABLE_TYPES,
  SSE_EVENT_TYPES,
  type PublishableType,
} from '../../shared/server-protocol';
import { useMutation } from '@tanstack/react-query';
import { sseCode } from './code';
import { RequestTimer } from '../../components/request-timer';
import { meta } from './meta';
import { useSse } from './use-sse';
import { ResetNotice, StateLine } from './sse-status';

const envelope = createEnvelopeFactory(meta.id);

export default function ServerSentEventsPage() {
  return (
    <ServerQueries>
      <SsePanels />
    </ServerQueries>
  );
}

const PUBLISHED = { one: 'sse.publishedOne', other: 'sse.published' } as const;

function SsePanels() {
  const t = useT();
  const plural = usePlural();
  const id = useId();
  const self = useSelf();
  const { transport, state, connection, shown, toggle } = useSse(self);
  const [eventType, setEventType] = useState<PublishableType>('message');
  const publish = useMutation({
    mutationFn: (input: { event: PublishableType; body: unknown }) => {
      if (!transport) throw new Error('the feed is still loading');
      return transport.publish(input.event, envelope(self, 'chat', input.body));
    },
  });

  const send = (value: unknown): Promise<SendOutcome> =>
    publish.mutateAsync({ event: eventType, body: value }).then(
      (result) => ({ ok: true, note: plural(PUBLISHED, result.delivered, { id: result.id }) }),
      // The server's refusal in the reader's language when its code is known (send-form.tsx).
      (error: unknown) => failedOutcome(t, errorInfo(error)),
    );

  return (
    <article className="mechanism-page">
      <MechanismHeader meta={meta} />
      <ServerStatus />
      {meta.canBeUsed() ? null : <Notice tone="error">{t('sse.unavailable')}</Notice>}
      <div className="panels">
        <section className="panel" aria-labelledby={`${id}-publish`}>
          <h2 id={`${id}-publish`}>{t('sse.publishTitle')}</h2>
          <SendForm onSend={send} disabled={!transport}>
            <div className="field">
              <label htmlFor={`${id}-type`}>{t('sse.eventType')}</label>
              <select
                id={`${id}-type`}
                value={eventType}
                onChange={(e) => setEventType(e.target.value as PublishableType)}
              >
                {PUBLISHABLE_TYPES.map((type) => (
                  <option key={type} value={type} translate="no">
                    {type}
                  </option>
                ))}
              </select>
            </div>
          </SendForm>
          {/* How a one-way feed takes a message in: one step away, the form first. */}
          <MoreText>
            <p>{t('sse.publishHint')}</p>
          </MoreText>
        </section>
        <section className="panel panel--tall sse-feed" aria-labelledby={`${id}-feed`}>
          {/* The feed's switch beside its title, the state under both, the cluster's picker
              after: on a projector they start the stage, whatever the log below holds. */}
          <div className="panel__header">
            <h2 id={`${id}-feed`}>{t('sse.feedTitle')}</h2>
            <div className="button-row" data-stage-primary="">
              <button
                type="button"
                className="button"
                disabled={connection.readyState === 'open'}
                onClick={() => transport?.reconnectNow()}
              >
                {t('sse.connect')}
              </button>
              <button
                type="button"
                className="button"
                disabled={connection.readyState === 'closed'}
                onClick={() => transport?.disconnect()}
              >
                {t('sse.close')}
              </button>
            </div>
          </div>
          <StateLine t={t} url={state.url} connection={connection} />
          <InstancePicker
            counters={{
              gaps: state.missing,
              duplicates: state.duplicates,
              resumedFrom: state.resumedFrom,
            }}
            onChosen={() => transport?.relocate()}
          />
          <dl className="facts" aria-label={t('sse.facts')}>
            <div>
              <dt>{t('sse.lastEventId')}</dt>
              <dd data-testid="last-event-id">{state.lastEventId || '—'}</dd>
            </div>
            <div>
              <dt>{t('sse.retry')}</dt>
              <dd>{state.retryMs === null ? '—' : t('sse.retryMs', { ms: state.retryMs })}</dd>
            </div>
            <div>
              <dt>{t('sse.epoch')}</dt>
              <dd>{state.epoch ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('sse.opens')}</dt>
              <dd data-testid="sse-opens">{state.opens}</dd>
            </div>
            <div>
              <dt>{t('sse.resumes')}</dt>
              <dd data-testid="sse-resumes">{state.resumes}</dd>
            </div>
            <div>
              <dt>{t('sse.replayed')}</dt>
              <dd>{state.replayed}</dd>
            </div>
          </dl>
          <h3>{t('sse.gapsTitle')}</h3>
          <p className="hint">{t('sse.gapsHint')}</p>
          <p
            data-testid="gap-detector"
            data-gaps={state.gaps}
            data-duplicates={state.duplicates}
            className={`status-line ${state.gaps + state.duplicates === 0 ? 'status-line--ok' : 'status-line--warn'}`}
          >
            <span aria-hidden="true">{state.gaps + state.duplicates === 0 ? '✓ ' : '⚠ '}</span>
            {t('sse.gapsLine', {
              gaps: state.gaps,
              missing: state.missing,
              duplicates: state.duplicates,
              events: state.events,
            })}
          </p>
          {state.lastReset ? <ResetNotice t={t} reset={state.lastReset} /> : null}
        </section>
        {/* Which named events this tab listens to: the feed's own switches, in a card after it, so
            a narrow window shows the form and then the feed's state (they came between the two). */}
        <section className="panel" aria-labelledby={`${id}-types`}>
          <h2 id={`${id}-types`}>{t('sse.typesTitle')}</h2>
          <fieldset className="stacked" aria-labelledby={`${id}-types`}>
            {SSE_EVENT_TYPES.map((type) => (
              <label key={type} className="field--inline">
                <input type="checkbox" checked={shown[type]} onChange={() => toggle(type)} />
                <span translate="no">{type}</span>
                {t(`sse.type.${type}`)}{' '}
                {/* The count stays with its word ("· 0 received" broke after the 0 at 640). */}
                <span className="sse-count">
                  · {t('sse.received', { count: state.counts[type] })}
                </span>
              </label>
            ))}
          </fieldset>
          <MoreText>
            <p>{t('sse.typesHint')}</p>
          </MoreText>
        </section>
        <section className="panel" aria-labelledby={`${id}-limit`}>
          <h2 id={`${id}-limit`}>{t('sse.limitTitle')}</h2>
          <p>{t('sse.limit1')}</p>
          <p>{t('sse.limit2')}</p>
          <p>{t('sse.limit3')}</p>
          <RequestTimer hint="sse.timer.hint" />
        </section>
        <ServerPanel focus="sse" />
        <CodePanel code={sseCode(SSE_EVENT_TYPES.filter((type) => shown[type]))} />
      </div>
    </article>
  );
}
