import { useCallback, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { usePlural } from '../../i18n/plural';
import { now } from '../../lib/clock';
import type { PeerRef } from '../../shared/envelope';
import { useAppStore } from '../../store';
import { describeReason } from './reason';

const ENTRIES = { one: 'log.importedEntriesOne', other: 'log.importedEntries' } as const;
const FILES = { one: 'log.importedFilesOne', other: 'log.importedFiles' } as const;
const DUPLICATES = { one: 'log.importedDuplicatesOne', other: 'log.importedDuplicates' } as const;

/** The log's files: export this tab's log, import others' (merged, see import-files.ts). */
export function useLogFiles(self: PeerRef) {
  const t = useT();
  const plural = usePlural();
  const [imported, setImported] = useState<{ ok: string | null; failed: string[] } | null>(null);
  // Stable while the tab and the language are, so the toolbar need not redraw (log-toolbar.tsx).
  const importLogs = useCallback(
    async (files: File[]) => {
      // Loaded when first used: importing is rare, and the first visit stays small. A chunk that
      // does not load (offline, or the app was updated since this page loaded) is said, not
      // swallowed: the click did nothing before.
      const loaded = await import('./import-files').catch(() => null);
      if (!loaded) {
        setImported({ ok: null, failed: [t('log.importCodeFailed')] });
        return;
      }
      const { importExports } = loaded;
      const sources = await Promise.all(
        // A file moved or deleted since it was chosen, or not readable, rejects (NotReadableError,
        // https://w3c.github.io/FileAPI/#dfn-text): that file is refused with a reason, not all.
        files.map(async (file) => ({
          name: file.name,
          content: await file.text().catch(() => null),
        })),
      );
      const store = useAppStore.getState();
      store.flushLog();
      const result = importExports(sources, store.log.buffer.toArray(), self);
      if (result.timeline) store.replaceLog(result.timeline);
      const counts = {
        entries: plural(ENTRIES, result.added),
        files: plural(FILES, result.files),
        tabs: result.tabs.join(', '),
      };
      setImported({
        ok:
          result.files > 0
            ? [
                t('log.imported', counts),
                result.duplicates > 0 ? plural(DUPLICATES, result.duplicates) : '',
              ]
                .filter(Boolean)
                .join(' ')
            : null,
        // Why a file was refused is the app's own words: in the reader's language (reason.ts).
        failed: result.failed.map(({ file, reason }) =>
          t('log.importFailed', { file, reason: describeReason(t, reason) }),
        ),
      });
    },
    [t, plural, self],
  );

  const exportLog = useCallback(() => {
    // The log as it is at the click; the writer loads when first used, like the import, so the
    // first visit stays small (bundle-size.test).
    const at = now();
    const { log, race } = useAppStore.getState();
    const entries = log.buffer.toArray();
    const stamp = new Date(at).toISOString().replace(/[:.]/g, '-');
    import('./export-log').then(
      ({ buildExport, downloadJson }) =>
        downloadJson(
          `comms-lab-log-${self.id}-${stamp}.json`,
          buildExport(entries, self, at, race.results),
        ),
      () => setImported({ ok: null, failed: [t('log.exportCodeFailed')] }),
    );
  }, [t, self]);

  return { imported, importLogs, exportLog };
}
