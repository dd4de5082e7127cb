import type { ReactNode } from 'react';
import { useAppStore } from '../../store';
import { useT } from '../../i18n/use-t';
import { Segmented } from './segmented';

export type LogView = 'list' | 'flow';

type Props = {
  /** The dock's id: its title, view and place groups, tools and body are named from it. */
  id: string;
  open: boolean;
  onOpen: (open: boolean) => void;
  view: LogView;
  onView: (view: LogView) => void;
  slowMotion: boolean;
  onSlowMotion: (on: boolean) => void;
  toolsOpen: boolean;
  onToolsOpen: (open: boolean) => void;
  /** Pause, clear, export and import, when they are here rather than in the tools (log-panel.tsx). */
  actions: ReactNode;
};

/**
 * The log's header bar: its title, list or flow, slow motion for the flow, below or beside the
 * page, the tools' toggle, hide/show, and the log's actions when the page is wide. A closed log keeps only its title and "Show".
 */
export function LogDockBar({
  id,
  open,
  onOpen,
  view,
  onView,
  slowMotion,
  onSlowMotion,
  toolsOpen,
  onToolsOpen,
  actions,
}: Props) {
  const t = useT();
  const logPlace = useAppStore((s) => s.settings.logPlace);
  return (
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
          onChange={onView}
        />
      ) : null}
      {open && view === 'flow' ? (
        <label className="switch log-dock__slow">
          <input
            role="switch"
            type="checkbox"
            checked={slowMotion}
            onChange={(e) => onSlowMotion(e.target.checked)}
          />
          {t('log.slowMotion')}
        </label>
      ) : null}
      {open && actions ? (
        <div className="log-dock__actions" role="group" aria-label={t('log.actions')}>
          {actions}
        </div>
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
            onClick={() => onToolsOpen(!toolsOpen)}
          >
            {t('log.toolsToggle')}
          </button>
        ) : null}
        <button
          type="button"
          className="button button--small"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => onOpen(!open)}
        >
          {open ? t('log.hide') : t('log.show')}
        </button>
      </div>
    </div>
  );
}
