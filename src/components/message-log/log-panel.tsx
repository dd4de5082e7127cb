import './log-panel.css';
import './log-list.css';
import './log-row.css';
import './log-row-presenter.css';
import { useId, useMemo, useState } from 'react';
import { useWide } from '../../hooks/use-compact';
import { useSelf } from '../../hooks/use-self';
import { useAppStore } from '../../store';
// Imported where load-boundary was (before the notice), so the bundle's CSS keeps its order.
import { LazyFlowView, LazyLogDetail, LazyLogResizer } from './log-lazy-parts';
import { Notice } from '../notice';
import { useLogColumns } from './log-columns';
import { LogActions } from './log-actions';
import { LogDockBar, type LogView } from './log-dock-bar';
import { useLogHeight, useWidthRem } from './log-fit';
import { LogList } from './log-list';
import { LogToolbar } from './log-toolbar';
import { useLogFiles } from './use-log-files';
import { useSelectedEntry } from './use-selected-entry';
import { useVisibleCount } from './use-visible-entries';

type Props = {
  titles: Record<string, string>;
  /** The mechanism whose page is open, if one is: its rows need not name it (log-list.tsx). */
  own?: string;
};

/** The shared message log, docked on every page (ARCHITECTURE §5). */
export function LogPanel({ titles, own }: Props) {
  const id = useId();
  const self = useSelf();
  const [open, setOpen] = useState(true);
  const [view, setView] = useState<LogView>('list');
  const [slowMotion, setSlowMotion] = useState(false);
  const [toolsOpen, setToolsOpen] = useState(false);
  const beside = useAppStore((s) => s.settings.logPlace) === 'beside';
  const count = useVisibleCount();
  const presenter = useAppStore((s) => s.settings.presenter);
  const selectedId = useAppStore((s) => s.log.selectedId);
  const selected = useSelectedEntry();

  const columns = useLogColumns(titles);
  const { imported, importLogs, exportLog } = useLogFiles(self);
  // Pause, clear, export and import go in the bar when the page is wide and the log below it: the
  // bar has room there, and the tools keep one row under it. Elsewhere the tools are folded behind
  // "Filters" (log-panel.css) or beside the page, and the actions stay with them.
  const wide = useWide();
  const actionsInBar = wide && !presenter && !beside;
  // One element for both places, so the tools' memo holds while the count changes.
  const actions = useMemo(
    () => <LogActions onExport={exportLog} onImport={importLogs} />,
    [exportLog, importLogs],
  );
  // The rows' height follows the log's width (log-fit.ts); an entry opened beside the list leaves
  // it as it was, so the row just clicked does not move.
  const [contentRef, listWidth] = useWidthRem();
  const { fit, resize, rowHeight, edge } = useLogHeight({
    beside,
    presenter,
    list: view === 'list',
    opened: Boolean(selected || imported),
    count,
    listWidth,
  });

  return (
    <aside
      className={`log-dock${open ? '' : ' log-dock--closed'}`}
      style={columns}
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => {
        // Esc closes an opened entry and puts focus back on its row.
        if (event.key !== 'Escape' || selectedId === null) return;
        event.preventDefault();
        useAppStore.getState().selectLogEntry(null);
        document
          .querySelector<HTMLElement>(
            `.log-row[aria-controls="${id}-detail"][aria-expanded="true"]`,
          )
          ?.focus();
      }}
    >
      {open ? <LazyLogResizer size={edge} beside={beside} onResize={resize} /> : null}
      <LogDockBar
        id={id}
        open={open}
        onOpen={setOpen}
        view={view}
        onView={setView}
        slowMotion={slowMotion}
        onSlowMotion={setSlowMotion}
        toolsOpen={toolsOpen}
        onToolsOpen={setToolsOpen}
        actions={actionsInBar ? actions : null}
      />
      <div
        id={`${id}-body`}
        className="log-dock__body"
        hidden={!open}
        data-tools={toolsOpen ? 'true' : undefined}
        data-fit={fit === null ? undefined : 'true'}
      >
        <LogToolbar id={`${id}-tools`} titles={titles} actions={actionsInBar ? null : actions} />
        {imported ? (
          <div className="log-dock__notices">
            {imported.ok ? <Notice tone="success">{imported.ok}</Notice> : null}
            {imported.failed.map((message) => (
              <Notice key={message} tone="error">
                {message}
              </Notice>
            ))}
          </div>
        ) : null}
        {/* Fitted: its height inline, so a change restyles this box alone (log-fit.ts). */}
        {/* With an entry's detail beside it, the rows give the message more room (log-columns.css). */}
        <div
          ref={contentRef}
          className="log-dock__content"
          style={fit === null ? undefined : { height: fit }}
          data-detail={selected ? 'true' : undefined}
        >
          {view === 'list' ? (
            <LogList rowHeight={rowHeight} titles={titles} own={own} detailId={`${id}-detail`} />
          ) : (
            <LazyFlowView
              self={self}
              rowHeight={presenter ? 48 : 36}
              slowMotion={slowMotion}
              detailId={`${id}-detail`}
            />
          )}
          {selected ? (
            <LazyLogDetail
              entry={selected}
              id={`${id}-detail`}
              onClose={() => useAppStore.getState().selectLogEntry(null)}
            />
          ) : (
            <div id={`${id}-detail`} hidden />
          )}
        </div>
      </div>
    </aside>
  );
}
