// Importing exports into this tab's log: each file is read and checked (import-log.ts), then all
// are merged with the log into one timeline. What is counted is what the log gained: the same
// export imported twice, or a file that holds this tab's own entries, adds nothing and says so.
import type { PeerRef } from '../../shared/envelope';
import type { LogEntry, NewLogEntry } from '../../store/log-types';
import { mergeTimeline, parseExport, type ImportedEntry } from './import-log';

/** A file's name and text; null when the browser could not read it (File.text() rejected). */
export type ImportSource = { name: string; content: string | null };
export type ImportSummary = {
  /** The merged timeline, or null when no file could be read (the log is left as it is). */
  timeline: NewLogEntry[] | null;
  /** Entries the log did not have before. */
  added: number;
  /** Entries read from the files that the log already had (or that two files both held). */
  duplicates: number;
  /** Files read, and the names of the tabs that wrote them. */
  files: number;
  tabs: string[];
  failed: { file: string; reason: string }[];
};

export function importExports(
  sources: readonly ImportSource[],
  current: readonly LogEntry[],
  self: PeerRef,
): ImportSummary {
  const good: ImportedEntry[] = [];
  const tabs = new Set<string>();
  const failed: ImportSummary['failed'] = [];
  let files = 0;
  for (const { name, content } of sources) {
    const result: ReturnType<typeof parseExport> =
      content === null
        ? { ok: false, reason: 'the file could not be read' }
        : parseExport(content, name);
    if (!result.ok) {
      failed.push({ file: name, reason: result.reason });
      continue;
    }
    good.push(...result.entries);
    tabs.add(result.tab.name);
    files++;
  }
  const timeline = good.length > 0 ? mergeTimeline(current, good, self) : null;
  // mergeTimeline keeps every current entry once; anything beyond them is new.
  const added = timeline ? timeline.length - current.length : 0;
  return { timeline, added, duplicates: good.length - added, files, tabs: [...tabs], failed };
}
