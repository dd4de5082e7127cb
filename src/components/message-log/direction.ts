import type { MessageKey } from '../../i18n/dictionary';
import type { LogDirection } from '../../store/log-types';

// Each direction has a symbol and a word, so colour is never the only signal.
export const DIRECTION_SYMBOL: Record<LogDirection, string> = {
  sent: '↗',
  received: '↘',
  rejected: '⊘',
  error: '✕',
  status: '•',
};

export const DIRECTION_LABEL: Record<LogDirection, MessageKey> = {
  sent: 'log.dir.sent',
  received: 'log.dir.received',
  rejected: 'log.dir.rejected',
  error: 'log.dir.error',
  status: 'log.dir.status',
};
