import './log-panel.css';
import './log-list.css';
import { useId, useState } from 'react';
import { useSelf } from '../../hooks/use-self';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../store';
import { LoadBoundary, reloadable } from '../load-boundary';
import { Notice } from '../notice';
import { useLogColumns } from './log-columns';
import { useLogHeight } from './log-fit';
import { LogList } from './log-list';
import { LogToolbar } from './log-toolbar';
import { useLogFiles } from './use-log-files';
import { Segmented } from './segmented';
import { useVisibleCount } from './use-visible-entries';

// The flow view and the entry details load when first wanted: the first visit does not pay for
// them. A chunk that does not load shows the app's failure box in its place, with "Try again".
const FlowView = reloadable(() => import('./flow-view'));
const LogDetail = reloadable(() => import('./log-detail'));
const LogResizer = reloadable(() => import('./log-resizer'));

/** The shared message log, docked on every page (ARCHITECTURE §5). */
export function LogPanel({ titles }: { titles: Record<string, string> }) {
  const t = useT();
  const id = useId();
  const self = useSelf();
  const [open, setOpen] = useState(true);
  const [view, setView] = useState<'list' | 'flow'>('list');
  const [slowMotion, setSlowMotion] = useState(false);
  const [toolsOpen, setToolsOpen] = useState(false);
  const logPlace = useAppStore((s) => s.settings.logPlace);
  const beside = logPlace === 'beside';
  const count = useVisibleCount();
  const presenter = useAppStore((s) => s.settings.presenter);
  const selectedId = useAppStore((s) => s.log.selectedId);
  // Zustand re-runs selectors on every store change, so this also follows new flushes.
  const selected = useAppStore((s) => {
    if (selectedId === null) return undefined;
    for (let i = s.log.buffer.length - 1; i >= 0; i--) {
      const entry = s.log.buffer.at(i);
      if (entry?.id === selectedId) return entry;
    }
    return undefined;
  });

  const columns = useLogColumns(titles);
  const { imported, importLogs, exportLog } = useLogFiles(self);
  const { fit, resize, rowHeight, edge } = useLogHeight({
    beside,
    presenter,
    list: view === 'list',
    opened: Boolean(selected || imported),
    count,
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
      {open ? (
        <LoadBoundary
          sentence={(message) => t('log.resizerFailed', { message })}
          onRetry={LogResizer.retry}
        >
          {() => <LogResizer.Component size={edge} beside={beside} onResize={resize} />}
        </LoadBoundary>
      ) : null}
      <div className="log-dock__bar">
        <h2 id={`${id}-title`}>{t('log.title')}</h2>
        {open ? (
          <Segmented
            name={`${id}-view`}
            legend={t('log.view')}
            className="log-dock__view"
            options={[
              ['list', t('log.viewList')],
              ['flow', t('log.viewFlow')],
            ]}
            value={view}
            onChange={setView}
          />
        ) : null}
        {open && view === 'flow' ? (
          <label className="switch log-dock__slow">
            <input
              role="switch"
              type="checkbox"
              checked={slowMotion}
              onChange={(e) => setSlowMotion(e.target.checked)}
            />
            {t('log.slowMotion')}
          </label>
        ) : null}
        <div className="log-dock__end">
          {open ? (
            <Segmented
              name={`${id}-place`}
              legend={t('log.place')}
              className="log-dock__place"
              options={[
                ['below', t('log.placeBelow')],
                ['beside', t('log.placeBeside')],
              ]}
              value={logPlace}
              onChange={(option) => useAppStore.getState().setLogPlace(option)}
            />
          ) : null}
          {open ? (
            <button
              type="button"
              className="button button--small log-dock__tools-toggle"
              aria-expanded={toolsOpen}
              aria-controls={`${id}-tools`}
              onClick={() => setToolsOpen(!toolsOpen)}
            >
              {t('log.toolsToggle')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--small"
            aria-expanded={open}
            aria-controls={`${id}-body`}
            onClick={() => setOpen(!open)}
          >
            {open ? t('log.hide') : t('log.show')}
          </button>
        </div>
      </div>
      <div
        id={`${id}-body`}
        className="log-dock__body"
        hidden={!open}
        data-tools={toolsOpen ? 'true' : undefined}
        data-fit={fit === null ? undefined : 'true'}
      >
        <LogToolbar id={`${id}-tools`} titles={titles} onExport={exportLog} onImport={importLogs} />
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
          className="log-dock__content"
          style={fit === null ? undefined : { height: fit }}
          data-detail={selected ? 'true' : undefined}
        >
          {view === 'list' ? (
            <LogList rowHeight={rowHeight} titles={titles} detailId={`${id}-detail`} />
          ) : (
            <LoadBoundary
              sentence={(message) => t('log.flowFailed', { message })}
              onRetry={FlowView.retry}
              loading={<p className="log-list__empty">…</p>}
            >
              {() => (
                <FlowView.Component
                  self={self}
                  rowHeight={presenter ? 48 : 36}
                  slowMotion={slowMotion}
                  detailId={`${id}-detail`}
                />
              )}
            </LoadBoundary>
          )}
          {selected ? (
            <LoadBoundary
              sentence={(message) => t('log.detailFailed', { message })}
              onRetry={LogDetail.retry}
              loading={<div id={`${id}-detail`} className="log-detail" />}
              id={`${id}-detail`}
              className="log-detail"
            >
              {() => (
                <LogDetail.Component
                  entry={selected}
                  id={`${id}-detail`}
                  onClose={() => useAppStore.getState().selectLogEntry(null)}
                />
              )}
            </LoadBoundary>
          ) : (
            <div id={`${id}-detail`} hidden />
          )}
        </div>
      </div>
    </aside>
  );
}
