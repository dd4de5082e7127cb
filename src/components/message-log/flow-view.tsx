import './flow-view.css';
import './flow-i18n';
import { useCallback, useMemo, useState, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/use-t';
import type { PeerRef } from '../../shared/envelope';
import { useAppStore } from '../../store';
import type { LogEntry } from '../../store/log-types';
import { DIRECTION_SYMBOL } from './direction';
import { useCatalog } from '../../hooks/use-catalog';
import { LaneSet, stepOf } from './flow-lanes';
import { useStickyViewport } from './use-sticky-viewport';
import type { VisibleEntries } from './use-visible-entries';

const MIN_LANE_WIDTH = 160;
const OVERSCAN = 8;
const LABEL_CHARS = 36;

type Props = {
  entries: VisibleEntries;
  self: PeerRef;
  rowHeight: number;
  slowMotion: boolean;
  detailId: string;
};

const clip = (text: string) =>
  text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text;

/**
 * The log as a sequence diagram: one lane per participant, one arrow per entry, newest at the
 * bottom. Only the rows in view are drawn, so 10,000 entries cost what 30 do. It shows what the
 * log's filters let through, and a click on an arrow opens its entry.
 */
export default function FlowView({ entries, self, rowHeight, slowMotion, detailId }: Props) {
  const t = useT();
  const selectedId = useAppStore((s) => s.log.selectedId);
  const select = useAppStore((s) => s.selectLogEntry);
  // Entries already there when the view opened are not animated; later ones are, in slow motion.
  const [firstLive] = useState(() => (entries.at(entries.count - 1)?.id ?? -1) + 1);

  const catalog = useCatalog();
  const rules = useCallback((mechanism: string) => catalog.get(mechanism)?.flow, [catalog]);
  const lanes = useMemo(() => {
    const set = new LaneSet(self, rules);
    for (let i = 0; i < entries.count; i++) {
      const entry = entries.at(i);
      if (entry) set.take(entry, self);
    }
    return set;
  }, [entries, self, rules]);

  const header = 56;
  const total = entries.count * rowHeight;
  const {
    ref,
    top,
    width: available,
    height,
    onScroll,
  } = useStickyViewport(total + header, rowHeight, entries);

  // Lanes share the width there is, and scroll sideways when there are many.
  const laneCount = Math.max(lanes.lanes.length, 2);
  const laneWidth = Math.max(MIN_LANE_WIDTH, Math.floor(available / laneCount));
  const width = laneCount * laneWidth;
  const x = (index: number) => index * laneWidth + laneWidth / 2;
  const first = Math.max(0, Math.floor((top - header) / rowHeight) - OVERSCAN);
  const last = Math.min(entries.count, Math.ceil((top + height) / rowHeight) + OVERSCAN);

  const arrows = [];
  for (let i = first; i < last; i++) {
    const entry = entries.at(i);
    if (!entry) continue;
    arrows.push(
      <Arrow
        key={entry.id}
        entry={entry}
        y={i * rowHeight + rowHeight / 2}
        lanes={lanes}
        self={self}
        x={x}
        animate={slowMotion && entry.id >= firstLive}
        selected={entry.id === selectedId}
        detailId={detailId}
        onSelect={() => select(entry.id === selectedId ? null : entry.id)}
      />,
    );
  }

  return (
    <div
      ref={ref}
      className="flow-view"
      role="region"
      aria-label={t('flow.title')}
      tabIndex={0}
      onScroll={onScroll}
    >
      <ol className="flow-view__lanes" style={{ width }} aria-label={t('flow.lanes')}>
        {lanes.lanes.map((lane, index) => (
          <li key={lane.key} style={{ width: laneWidth }} data-lane={lane.kind}>
            {lane.color ? (
              <span
                className="peer-badge__swatch"
                style={{ backgroundColor: lane.color }}
                aria-hidden="true"
              />
            ) : null}
            <span className="flow-view__lane-name">
              {index === 0 ? `${lane.name} (${t('flow.thisTab')})` : lane.name}
            </span>
          </li>
        ))}
      </ol>
      <svg className="flow-view__canvas" width={width} height={Math.max(total, 1)}>
        {lanes.lanes.map((lane, index) => (
          <line
            key={lane.key}
            x1={x(index)}
            x2={x(index)}
            y1={0}
            y2={Math.max(total, 1)}
            className="flow-view__lifeline"
          />
        ))}
        {arrows}
      </svg>
      {entries.count === 0 ? <p className="log-list__empty">{t('flow.empty')}</p> : null}
    </div>
  );
}

function Arrow({
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
    entry.reason && step.kind !== 'message' ? `${entry.summary} — ${entry.reason}` : entry.summary,
  )}`;
  const name = t('flow.arrow', {
    direction: t(`log.dir.${entry.direction}`),
    from: step.from.name,
    to: step.to.name,
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
