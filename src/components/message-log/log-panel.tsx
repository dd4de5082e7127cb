import { useId, useState } from 'react';
import { useSelf } from '../../hooks/use-self';
import { useT } from '../../i18n/use-t';
import { now } from '../../lib/clock';
import { useAppStore } from '../../store';
import { buildExport, downloadJson } from './export-log';
import { LogDetail } from './log-detail';
import { LogList } from './log-list';
import { LogToolbar } from './log-toolbar';
import { useVisibleEntries } from './use-visible-entries';

/** The shared message log, docked on every page (ARCHITECTURE §5). */
export function LogPanel({ titles }: { titles: Record<string, string> }) {
  const t = useT();
  const id = useId();
  const self = useSelf();
  const [open, setOpen] = useState(true);
  const entries = useVisibleEntries();
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
  const buffer = useAppStore((s) => s.log.buffer);

  const exportLog = () => {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    downloadJson(
      `comms-lab-log-${self.id}-${stamp}.json`,
      buildExport(buffer.toArray(), self, now(), useAppStore.getState().race.results),
    );
  };

  return (
    <aside className={`log-dock${open ? '' : ' log-dock--closed'}`} aria-labelledby={`${id}-title`}>
      <div className="log-dock__bar">
        <h2 id={`${id}-title`}>{t('log.title')}</h2>
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
      <div id={`${id}-body`} className="log-dock__body" hidden={!open}>
        <LogToolbar
          titles={titles}
          shown={entries.count}
          total={entries.total}
          onExport={exportLog}
        />
        <div className="log-dock__content">
          <LogList
            entries={entries}
            rowHeight={presenter ? 44 : 30}
            titles={titles}
            detailId={`${id}-detail`}
          />
          <LogDetail
            entry={selected}
            id={`${id}-detail`}
            onClose={() => useAppStore.getState().selectLogEntry(null)}
          />
        </div>
      </div>
    </aside>
  );
}
