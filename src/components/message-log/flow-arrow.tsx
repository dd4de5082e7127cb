// One entry of the flow view: an arrow from the lane it leaves to the lane it reaches (a lost
// message stops halfway), labelled, and a button that opens the entry.
import { type KeyboardEvent } from 'react';
import { useT } from '../../i18n/use-t';
import type { PeerRef } from '../../shared/envelope';
import type { LogEntry } from '../../store/log-types';
import { DIRECTION_SYMBOL } from './direction';
import type { LaneSet } from './flow-lanes';
import { stepOf } from './flow-lanes';
import { describeReason, describeSummary } from './reason';
const LABEL_CHARS = 36;
const clip = (text: string) =>
  text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text;

export function Arrow({
  entry,
  y,
  lanes,
  self,
  x,
  animate,
  selected,
  detailId,
  onSelect,
}: {
  entry: LogEntry;
  y: number;
  lanes: LaneSet;
  self: PeerRef;
  x: (index: number) => number;
  animate: boolean;
  selected: boolean;
  detailId: string;
  onSelect: () => void;
}) {
  const t = useT();
  const step = stepOf(entry, self, lanes.rules);
  const from = x(lanes.indexOf(step.from));
  const to = x(lanes.indexOf(step.to));
  const direction = to >= from ? 1 : -1;
  // A lost message stops halfway, where it was lost.
  const end = step.kind === 'lost' ? from + (to - from) / 2 : to - direction * 6;
  const label = `${DIRECTION_SYMBOL[entry.direction]} ${clip(
    // A status or an error in the reader's language, as the list shows it; a payload as written.
    entry.reason && step.kind !== 'message'
      ? `${describeSummary(t, entry.direction, entry.summary)} — ${describeReason(t, entry.reason)}`
      : describeSummary(t, entry.direction, entry.summary),
  )}`;
  const via = step.through.map((lane) => lane.name).join(' → ');
  const name = t(via ? 'flow.arrowVia' : 'flow.arrow', {
    direction: t(`log.dir.${entry.direction}`),
    from: step.from.name,
    to: step.to.name,
    via,
    summary: entry.summary,
  });
  const keyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect();
    }
  };
  return (
    <g
      className={`flow-arrow flow-arrow--${entry.direction} flow-arrow--${step.kind}${animate ? ' flow-arrow--animate' : ''}${selected ? ' flow-arrow--selected' : ''}`}
      role="button"
      tabIndex={0}
      aria-label={name}
      aria-pressed={selected}
      aria-controls={detailId}
      data-direction={entry.direction}
      data-from={step.from.name}
      data-to={step.to.name}
      data-via={via || undefined}
      onClick={onSelect}
      onKeyDown={keyDown}
    >
      <rect
        x={Math.min(from, to) - 4}
        y={y - 12}
        width={Math.abs(to - from) + 8}
        height={24}
        className="flow-arrow__hit"
      />
      {step.kind === 'note' ? (
        <circle cx={from} cy={y} r={4} className="flow-arrow__dot" />
      ) : (
        <>
          <line x1={from} x2={end} y1={y} y2={y} pathLength={1} className="flow-arrow__line" />
          {step.through.map((lane) => (
            <circle
              key={lane.key}
              cx={x(lanes.indexOf(lane))}
              cy={y}
              r={3}
              className="flow-arrow__stop"
            />
          ))}
          {step.kind === 'lost' ? (
            <text x={end} y={y + 4} textAnchor="middle" className="flow-arrow__cross">
              ✕
            </text>
          ) : (
            <polygon
              points={`${end},${y - 4} ${end + direction * 6},${y} ${end},${y + 4}`}
              className="flow-arrow__head"
            />
          )}
        </>
      )}
      <text
        x={step.kind === 'note' ? from + 8 : (from + to) / 2}
        y={y - 4}
        textAnchor={step.kind === 'note' ? 'start' : 'middle'}
        className="flow-arrow__label"
      >
        {label}
      </text>
    </g>
  );
}
