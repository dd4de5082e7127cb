import './flow-view.css';
import './flow-i18n';
import { useCallback, useMemo, useState } from 'react';
import { useT } from '../../i18n/use-t';
import type { PeerRef } from '../../shared/envelope';
import { useAppStore } from '../../store';
import { useCatalog } from '../../hooks/use-catalog';
import { LaneSet } from './flow-lanes';
import { Arrow } from './flow-arrow';
import { useStickyViewport } from './use-sticky-viewport';
import { useVisibleEntries } from './use-visible-entries';

const MIN_LANE_WIDTH = 160;
const OVERSCAN = 8;

type Props = {
  self: PeerRef;
  rowHeight: number;
  slowMotion: boolean;
  detailId: string;
};

/**
 * The log as a sequence diagram: one lane per participant, one arrow per entry, newest at the
 * bottom. Only the rows in view are drawn, so 10,000 entries cost what 30 do. It shows what the
 * log's filters let through, and a click on an arrow opens its entry.
 */
export default function FlowView({ self, rowHeight, slowMotion, detailId }: Props) {
  const entries = useVisibleEntries();
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
    contentRef,
    top,
    width: available,
    height,
    onScroll,
  } = useStickyViewport<SVGSVGElement>(total + header, rowHeight, entries);

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
      <svg ref={contentRef} className="flow-view__canvas" width={width} height={Math.max(total, 1)}>
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
