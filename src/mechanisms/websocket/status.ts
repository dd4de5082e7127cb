import type { StatusPattern } from '../../lib/status-types';

// The status lines this page and its transport write into the log, in English exactly as
// written (a `{name}` is a value). The log reads them back in Chinese (status.zh-cn.ts); in
// English it shows them as written, so they load with Chinese only.
export const texts = {
  // One key per English form: the log reads a line back by its words (status-i18n.ts).
  'ws.status.flushedOne': '{state}; {count} queued message sent',
  'ws.status.flushed': '{state}; {count} queued messages sent',
  'ws.status.disconnectedByYou': 'disconnected by you',
  'ws.status.binaryFrame': 'a binary frame',
  'ws.status.overFrameLimit': 'over the server’s 64 KiB frame limit',
  'ws.status.close': '{code} {meaning}',
  'ws.status.closeWith': '{code} {meaning}: {reason}',
  'ws.closeCode.1000': 'Normal closure',
  'ws.closeCode.1001': 'Going away: the server is shutting down or the page is leaving',
  'ws.closeCode.1002': 'Protocol error',
  'ws.closeCode.1003': 'Unsupported data',
  'ws.closeCode.1005': 'No status received (the close frame carried no code)',
  'ws.closeCode.1006': 'Abnormal closure: the connection dropped without a close frame',
  'ws.closeCode.1007': 'Invalid frame payload data',
  'ws.closeCode.1008': 'Policy violation',
  'ws.closeCode.1009': 'Message too big',
  'ws.closeCode.1011': 'Internal server error',
  'ws.closeCode.1012': 'Service restart',
  'ws.closeCode.1013': 'Try again later',
  'ws.closeCode.1015': 'TLS handshake failed',
  'ws.closeCode.app': 'Application-defined',
  'ws.closeCode.unknown': 'Unknown code',
  'ws.to.room': '{url} · room "{room}"',
  // The page's own close reasons (transport.ts); any other reason is the server's.
  'ws.reason.moving': 'Moving to another instance',
  'ws.reason.byYou': 'Disconnected by you',
  'ws.reason.pageLeft': 'Page left',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof texts, true> {}
}

// A close's meaning is one of the known ones (describeClose, socket-url.ts; they may hold ": "
// themselves), then the server's reason if it gave one.
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MEANINGS = Object.entries(texts)
  .filter(([key]) => key.startsWith('ws.closeCode.'))
  .map(([, meaning]) => escape(meaning))
  .join('|');

// Lines that carry values: the groups fill the key's values in order (lib/status-types.ts).
export const patterns: readonly StatusPattern[] = [
  [
    /^(connected|reconnected); (1) queued message sent$/,
    'ws.status.flushedOne',
    ['state*', 'count'],
  ],
  [
    /^(connected|reconnected); (\d+) queued messages sent$/,
    'ws.status.flushed',
    ['state*', 'count'],
  ],
  [
    new RegExp(`^(\\d{4}) (${MEANINGS}): (.*)$`),
    'ws.status.closeWith',
    // A close reason is the server's: read back when it is one of its known texts, else marked.
    ['code', 'meaning*', 'reason~'],
  ],
  [new RegExp(`^(\\d{4}) (${MEANINGS})$`), 'ws.status.close', ['code', 'meaning*']],
  [/^(.+) · room "(.*)"$/, 'ws.to.room', ['url', 'room']],
];
