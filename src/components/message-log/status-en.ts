import type { StatusPattern } from '../../lib/status-types';

// The status lines several transports write, in English exactly as written (a `{name}` is a
// value, read back by a pattern). A line only one mechanism writes lives in its folder's
// `status.ts`, reached through the registry; status-i18n.ts says how both are read back.
export const texts = {
  'why.connected': 'connected',
  'why.reconnected': 'reconnected',
  'why.attempt': 'attempt {n}',
  'why.closed': 'closed',
  // The app's own errors that any page may meet (a transport still loading, a race cancelled),
  // a raw entry's reason (shared/envelope.ts), an import's and the cluster panel's failures.
  'why.stillLoading': 'the transport is still loading',
  'why.cancelled': 'cancelled',
  'why.storageUnavailable': 'storage is unavailable',
  'why.noAnswer': 'the counterpart never answered',
  'why.notConnected': 'not connected',
  'env.unreadable': 'unreadable value ({name})',
  'env.notObject': 'not an object ({type})',
  'env.version': 'unknown envelope version {v}',
  'env.id': 'id must be a string of 1–128 characters',
  'env.mechanism': 'mechanism must be a kebab-case id',
  'env.recipient': 'recipient must be a peer id',
  'env.kind': 'kind must be a short kebab-case word',
  'env.sentAt': 'sentAt must be a finite, non-negative number',
  'env.seq': 'seq must be a positive integer',
  'env.body': 'body is missing',
  'imp.notJson': 'the file is not JSON',
  'imp.notExport': 'the file is not a Comms Lab log export (format "{format}")',
  'imp.version': 'export version {v} is not one this app reads ({ours})',
  'imp.tab': "the export's tab: {reason}",
  'imp.noEntries': 'the export has no entries list',
  'imp.tooMany': 'the export has more than {n} entries',
  'inst.answered': 'GET /api/cluster answered {status}',
  'inst.answeredOther': 'GET /api/cluster answered something else',
  // Where an entry went, when that is said in words (a name or an address stays as given).
  'to.feedPost': 'the feed (POST)',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof texts, true> {}
}

export const patterns: readonly StatusPattern[] = [
  [/^attempt (\d+)$/, 'why.attempt', ['n']],
  [/^unreadable value \((\w+)\)$/, 'env.unreadable', ['name']],
  [/^not an object \((\w+)\)$/, 'env.notObject', ['type']],
  [/^unknown envelope version (.+)$/, 'env.version', ['v']],
  [/^the file is not a Comms Lab log export \(format "(.*)"\)$/, 'imp.notExport', ['format']],
  [/^export version (.+) is not one this app reads \((.+)\)$/, 'imp.version', ['v', 'ours']],
  [/^the export's tab: (.+)$/, 'imp.tab', ['reason*']],
  [/^the export has more than (\d+) entries$/, 'imp.tooMany', ['n']],
  [/^GET \/api\/cluster answered (\d+)$/, 'inst.answered', ['status']],
];
