import { memo } from 'react';
import { useT } from '../../i18n/use-t';
import { formatClock } from '../../lib/clock';
import { formatBytes } from '../../lib/format-bytes';
import { latencyOf } from '../../store/log-latency';
import type { LogEntry } from '../../store/log-types';
import { DIRECTION_LABEL, DIRECTION_SYMBOL } from './direction';
import { describeTo, readEntryReason, readSummary } from './reason';
import { SaidText } from './said';
import { kindWord, peerName, sequenceWord } from './tag-i18n';

type Props = {
  entry: LogEntry;
  top: number;
  mechanismTitle: string;
  /** Shown on another mechanism's page: the row names its mechanism before its message. */
  elsewhere?: boolean;
  selected: boolean;
  detailId: string;
  onSelect: (id: number) => void;
  /** Sent, and nothing confirmed it in time: the entry says so and its detail says why. */
  noReceipt?: boolean;
};

const PAYLOAD_DIRECTIONS = new Set(['sent', 'received', 'rejected']);

/** An envelope's kind: translated when known, otherwise shown as the identifier it is. */
function KindTag({ kind }: { kind: string }) {
  const t = useT();
  const word = kindWord(t, kind);
  return word ? (
    <span className="tag" data-kind={kind}>
      {word}
    </span>
  ) : (
    <span className="tag" data-kind={kind} translate="no" lang="en">
      {kind}
    </span>
  );
}

/** A tab's name ends in its tag ("Blue Tiger 769d", lib/identity.ts): four hex digits. */
const TAG = / ([0-9a-f]{4})$/;

/**
 * A sender's name, its tag apart: a narrow one-line list shows the colour mark and the tag alone,
 * the same tag each window shows large in its header (log-columns.css); two-line rows, which every
 * window of four side by side has, show the name again (log-rows-compact.css). A name with no tag
 * (a frame, the server) is shown as it is.
 */
function SenderName({ name }: { name: string }) {
  const tag = TAG.exec(name);
  if (!tag) return <span className="log-row__name log-row__name--untagged">{name}</span>;
  return (
    <>
      {/* A tab's identity, named in its own language ("Teal Koala" from an English tab in a
          Chinese one's log): a proper name, left as it is by a translation tool. */}
      <span className="log-row__name" translate="no">
        {name.slice(0, tag.index + 1)}
      </span>
      <span className="log-row__tag" translate="no">
        {tag[1]}
      </span>
    </>
  );
}

export const LogRow = memo(function LogRow({
  entry,
  top,
  mechanismTitle,
  elsewhere,
  selected,
  detailId,
  onSelect,
  noReceipt,
}: Props) {
  const t = useT();
  const reason = readEntryReason(t, entry);
  const latency = latencyOf(entry);
  const failed = entry.direction === 'rejected' || entry.direction === 'error';
  // An error's summary starts with its name ("InvalidStateError: …"), which is also its reason:
  // said once, not "InvalidStateError — InvalidStateError: …".
  const named = entry.direction === 'error' && entry.summary.startsWith(`${entry.reason}: `);
  const sender = entry.from ? peerName(t, entry.from) : null;
  // A received row from a sender with no tag takes two lines in a narrow list (log-columns.css).
  const untagged = entry.direction === 'received' && sender !== null && !TAG.test(sender);
  return (
    <button
      type="button"
      className={`log-row log-row--${entry.direction}${untagged ? ' log-row--untagged' : ''}${selected ? ' log-row--selected' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
      data-direction={entry.direction}
      data-mechanism={entry.mechanism}
      data-raw={entry.raw ? 'true' : undefined}
      aria-expanded={selected}
      aria-controls={detailId}
      onClick={() => onSelect(entry.id)}
    >
      <span className="log-row__time">{formatClock(entry.at)}</span>
      <span className="log-row__direction">
        <span aria-hidden="true">{DIRECTION_SYMBOL[entry.direction]} </span>
        <span className="log-row__direction-text">{t(DIRECTION_LABEL[entry.direction])}</span>
      </span>
      <span className="log-row__mechanism">{mechanismTitle}</span>
      <span className="log-row__route">
        {entry.from && sender !== null ? (
          <>
            <span
              className="swatch"
              style={{ backgroundColor: entry.from.color }}
              aria-hidden="true"
            />
            <SenderName name={sender} />
            {entry.origin ? <span className="log-row__origin"> ({entry.origin})</span> : null}
          </>
        ) : (
          (entry.origin ?? t('log.unknownSender'))
        )}
        {entry.to ? (
          <span className="log-row__to">
            <span aria-label={t('log.to')}> → </span>
            {describeTo(t, entry.to) ?? <span translate="no">{entry.to}</span>}
          </span>
        ) : null}
      </span>
      <span className="log-row__summary">
        {elsewhere ? (
          <span className="tag log-row__elsewhere" data-mechanism-tag={entry.mechanism}>
            {mechanismTitle}
          </span>
        ) : null}
        {noReceipt ? (
          <span className="tag tag--warning" data-no-receipt="true">
            {t('log.noReceipt')}
          </span>
        ) : null}
        {entry.source ? (
          <span className="tag" data-source={entry.source.id}>
            {t('log.fromExport', { tab: entry.source.name })}
          </span>
        ) : null}
        {entry.unverified ? <span className="tag tag--danger">{t('log.unverified')}</span> : null}
        {entry.raw ? <span className="tag">{t('log.raw')}</span> : null}
        {entry.envelope && entry.envelope.kind !== 'chat' ? (
          <KindTag kind={entry.envelope.kind} />
        ) : null}
        {entry.sequence ? (
          <span className="tag tag--warning" data-sequence={entry.sequence}>
            {sequenceWord(t, entry.sequence)}
          </span>
        ) : null}
        {/* Why something was refused or failed matters more than its payload: it comes first. */}
        {reason.length > 0 && failed && !named ? (
          <span className="log-row__reason">
            <SaidText said={reason} /> —{' '}
          </span>
        ) : null}
        {PAYLOAD_DIRECTIONS.has(entry.direction) ? (
          // A payload is the sender's text, shown as written: not for translation.
          <span translate="no">{entry.summary}</span>
        ) : (
          <SaidText said={readSummary(t, entry)} />
        )}
        {reason.length > 0 && !failed ? (
          <span className="log-row__reason">
            {' '}
            — <SaidText said={reason} />
          </span>
        ) : null}
      </span>
      <span className="log-row__size">
        {entry.size !== undefined ? formatBytes(entry.size) : ''}
      </span>
      <span className="log-row__latency">
        {latency !== undefined ? t('log.latency', { ms: latency.toFixed(1) }) : ''}
      </span>
    </button>
  );
});
