import type { LogEntry, LogFilter } from './log-types';
import { LOG_DIRECTIONS } from './log-types';

export function isFilterActive(filter: LogFilter): boolean {
  return (
    filter.mechanism !== 'all' ||
    filter.directions.length !== LOG_DIRECTIONS.length ||
    filter.text.trim() !== ''
  );
}

export function matchesFilter(entry: LogEntry, filter: LogFilter): boolean {
  if (filter.mechanism !== 'all' && entry.mechanism !== filter.mechanism) return false;
  if (!filter.directions.includes(entry.direction)) return false;
  const needle = filter.text.trim().toLowerCase();
  if (!needle) return true;
  return [entry.summary, entry.from?.name, entry.to, entry.reason, entry.origin].some((field) =>
    field?.toLowerCase().includes(needle),
  );
}
