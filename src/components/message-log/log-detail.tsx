import { peerName, sequenceWord } from './tag-i18n';
import './log-detail.css';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/use-t';
import { formatClock } from '../../lib/clock';
import { formatBytes, toJsonSafe } from '../../lib/describe-value';
import { latencyOf } from '../../store/log-latency';
import type { LogEntry } from '../../store/log-types';
import { DIRECTION_LABEL } from './direction';
import { describeTo, readEntryReason } from './reason';
import { SaidText } from './said';
import { useCatalog } from '../../hooks/use-catalog';
import { LoadBoundary, reloadable } from '../load-boundary';

// The known reasons a message does not arrive load with the first sent entry opened.
const WhyNotArrived = reloadable(() => import('./why-not-arrived'));

const pretty = (value: unknown) => {
  try {
    return JSON.stringify(toJsonSafe(value), null, 2) ?? String(value);
  } catch {
    return String(value);
  }
};

/** The expanded entry: full payload, envelope and latency, always rendered as text. */
export default function LogDetail({
  entry,
  id,
  onClose,
}: {
  entry: LogEntry | undefined;
  id: string;
  onClose: () => void;
}) {
  const t = useT();
  const mechanism = useCatalog().get(entry?.mechanism ?? '');
  if (!entry) return <div id={id} hidden />;
  const facts: Array<[string, ReactNode]> = [
    [t('log.col.time'), formatClock(entry.at)],
    [t('log.col.direction'), t(DIRECTION_LABEL[entry.direction])],
    [
      t('log.col.from'),
      entry.from ? (
        <>
          {peerName(t, entry.from)}{' '}
          {/* The envelope's own `from`, as code: its kind ("tab") and id are identifiers, not
              words to translate, and read as such in a Chinese page. */}
          <code className="log-detail__from" translate="no" lang="en">
            {`{ kind: '${entry.from.kind}', id: '${entry.from.id}' }`}
          </code>
        </>
      ) : (
        (entry.origin ?? '—')
      ),
    ],
    [t('log.col.to'), entry.to ? (describeTo(t, entry.to) ?? entry.to) : '—'],
  ];
  if (entry.size !== undefined) facts.push([t('log.col.size'), formatBytes(entry.size)]);
  const latency = latencyOf(entry);
  if (latency !== undefined)
    facts.push([t('log.col.latency'), t('log.latency', { ms: latency.toFixed(2) })]);
  if (entry.origin) facts.push(['origin', entry.origin]);
  if (entry.reason)
    facts.push([t('log.col.reason'), <SaidText said={readEntryReason(t, entry)} />]);
  if (entry.sequence) facts.push([t('log.col.sequence'), sequenceWord(t, entry.sequence)]);

  return (
    <section id={id} className="log-detail" aria-label={t('log.detail')}>
      <div className="panel__header">
        <h3>{t('log.detail')}</h3>
        <button type="button" className="button button--small" onClick={onClose}>
          {t('log.closeDetail')}
        </button>
      </div>
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {mechanism && (entry.direction === 'sent' || entry.direction === 'error') ? (
        <LoadBoundary what={t('log.whyFailed')} onRetry={WhyNotArrived.retry}>
          {() => <WhyNotArrived.Component reasons={mechanism.whyNotArrived} />}
        </LoadBoundary>
      ) : null}
      <h4>{t('log.payload')}</h4>
      <pre tabIndex={0}>{pretty(entry.payload)}</pre>
      {entry.detail ? (
        <>
          <h4>{t('log.facts')}</h4>
          <pre tabIndex={0}>{pretty(entry.detail)}</pre>
        </>
      ) : null}
      {entry.envelope ? (
        <>
          <h4>{t('log.envelope')}</h4>
          <pre tabIndex={0}>{pretty(entry.envelope)}</pre>
        </>
      ) : null}
    </section>
  );
}
