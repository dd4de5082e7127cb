import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/use-t';
import { now } from '../../lib/clock';
import { useCatalog } from '../../hooks/use-catalog';
import { RECEIPT_WAIT_MS } from '../../lib/receipts';
import { useAppStore } from '../../store';
import { COMPACT_ROW } from './log-fit';
import { LogRow } from './log-row';
import { createRowSlots } from './row-slots';
import { OVERSCAN, useRowsAbove } from './rows-above';
import { useStickyViewport } from './use-sticky-viewport';
import { useVisibleEntries } from './use-visible-entries';

type Props = {
  rowHeight: number;
  titles: Record<string, string>;
  /** The mechanism whose page is open, if one is. */
  own?: string;
  detailId: string;
};

/**
 * Only the rows in view are in the DOM, so 10,000 entries cost what 30 do. The list sticks to the
 * newest entry unless the reader has scrolled up to read something older.
 */
export function LogList({ rowHeight, titles, own, detailId }: Props) {
  const t = useT();
  // Only the list redraws on a flush: the dock around it reads just the count (log-panel.tsx).
  const entries = useVisibleEntries();
  const { ref, contentRef, stuck, top, height, onScroll } = useStickyViewport(
    entries.count * rowHeight,
    rowHeight,
    entries,
  );
  const catalog = useCatalog();
  const selectedId = useAppStore((s) => s.log.selectedId);
  // Read as it is now, not subscribed: see store/receipts-slice.ts.
  const receipts = useAppStore.getState().receipts;
  // A sent message still waiting for its receipt is looked at again when its wait is over.
  const [, recheck] = useState(0);
  let waiting = false;
  const select = useAppStore((s) => s.selectLogEntry);
  const toggle = useCallback(
    (id: number) => select(id === selectedId ? null : id),
    [select, selectedId],
  );

  // Rows are reused as entries come and go, not remounted (row-slots.ts).
  const [slots] = useState(createRowSlots);
  const above = useRowsAbove(stuck, Math.ceil(height / rowHeight));
  const first = Math.max(0, Math.floor(top / rowHeight) - above);
  const last = Math.min(entries.count, Math.ceil((top + height) / rowHeight) + OVERSCAN);
  const shown = [];
  for (let i = first; i < last; i++) {
    const entry = entries.at(i);
    if (entry) shown.push({ entry, i });
  }
  const keys = slots.assign(shown.map(({ entry }) => entry.id));
  const rows = shown.map(({ entry, i }, n) => {
    let noReceipt = false;
    if (
      entry.direction === 'sent' &&
      entry.envelope &&
      !entry.source &&
      catalog.get(entry.mechanism)?.receipts.hearsBack &&
      !receipts.ids.has(entry.envelope.id)
    ) {
      if (now() - entry.at >= RECEIPT_WAIT_MS) noReceipt = true;
      else waiting = true;
    }
    return (
      <LogRow
        key={keys[n]}
        entry={entry}
        top={i * rowHeight}
        mechanismTitle={titles[entry.mechanism] ?? entry.mechanism}
        elsewhere={own !== undefined && entry.mechanism !== own}
        selected={entry.id === selectedId}
        detailId={detailId}
        onSelect={toggle}
        noReceipt={noReceipt}
      />
    );
  });
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => recheck((n) => n + 1), RECEIPT_WAIT_MS / 2);
    return () => clearTimeout(timer);
  });

  // Up and down move between rows, like a network panel's list; rows are in index order in the DOM.
  const moveBetweenRows = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const row = (event.target as HTMLElement).closest('.log-row');
    const next = event.key === 'ArrowDown' ? row?.nextElementSibling : row?.previousElementSibling;
    if (!(next instanceof HTMLElement)) return;
    event.preventDefault();
    next.focus();
  };

  return (
    // The frame takes the dock's room; the list fills it out of flow (log-list.css: why).
    <div className="log-list-frame">
      <div
        ref={ref}
        // Two lines a row (log-rows-compact.css) exactly where the rows are laid out that tall.
        className={rowHeight === COMPACT_ROW ? 'log-list log-list--two-lines' : 'log-list'}
        // On a mechanism's page its own rows do not repeat its name; the column gives the message
        // its room (log-columns.css), and a row from another page names its own in a tag.
        data-page={own === undefined ? undefined : 'mechanism'}
        role="log"
        aria-label={t('log.title')}
        aria-live="polite"
        aria-relevant="additions"
        tabIndex={-1}
        onScroll={onScroll}
        onKeyDown={moveBetweenRows}
      >
        <div
          ref={contentRef}
          className="log-list__spacer"
          style={{ height: entries.count * rowHeight }}
        >
          {rows}
        </div>
        {entries.count === 0 ? (
          <p className="log-list__empty">
            {entries.total === 0 ? t('log.empty') : t('log.noMatch')}
          </p>
        ) : null}
      </div>
    </div>
  );
}
