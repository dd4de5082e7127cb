import './log-actions.css';
import { memo } from 'react';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../store';

type Props = {
  onExport: () => void;
  onImport: (files: File[]) => Promise<void>;
};

/**
 * What the learner does to the log as a whole: pause, clear, export, import. In the log's tools
 * (log-toolbar.tsx), or in the dock's bar when the page is wide and the log below it: there the
 * bar has room to spare, and the filters keep one row (log-panel.tsx).
 */
export const LogActions = memo(function LogActions({ onExport, onImport }: Props) {
  const t = useT();
  const paused = useAppStore((s) => s.log.paused);
  const { setLogPaused, clearLog } = useAppStore.getState();
  return (
    <>
      <button
        type="button"
        className="button"
        aria-pressed={paused}
        onClick={() => setLogPaused(!paused)}
      >
        {paused ? t('log.resume') : t('log.pause')}
      </button>
      <button type="button" className="button" onClick={clearLog}>
        {t('log.clear')}
      </button>
      <button type="button" className="button" onClick={onExport}>
        {t('log.export')}
      </button>
      <label className="button log-actions__import">
        {t('log.import')}
        <input
          type="file"
          accept="application/json,.json"
          multiple
          className="visually-hidden"
          onChange={(event) => {
            void onImport([...(event.target.files ?? [])]);
            event.target.value = '';
          }}
        />
      </label>
    </>
  );
});
