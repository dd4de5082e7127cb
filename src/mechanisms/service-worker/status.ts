import type { StatusPattern } from '../../lib/status-types';

// The status lines this page and its transport write into the log, in English exactly as
// written (a `{name}` is a value). The log reads them back in Chinese (status.zh-cn.ts); in
// English it shows them as written, so they load with Chinese only.
export const texts = {
  'sw.status.notControlled': 'not controlled yet',
  'sw.status.unregistered': 'unregistered: this page stays controlled until it reloads',
  'sw.status.controlledBy': 'controlled by v{version}',
  // One key per English form: the log reads a line back by its words (status-i18n.ts).
  'sw.status.controlledFlushedOne': 'controlled by v{version}; {count} queued message sent',
  'sw.status.controlledFlushed': 'controlled by v{version}; {count} queued messages sent',
  'sw.status.state': 'v{version}: {state}',
  // ServiceWorker.state's values, read back inside the line above: a learner reads what each
  // means, with the API's word beside it. https://developer.mozilla.org/en-US/docs/Web/API/ServiceWorker/state
  'sw.status.stateParsed': 'parsed',
  'sw.status.stateInstalling': 'installing',
  'sw.status.stateInstalled': 'installed',
  'sw.status.stateActivating': 'activating',
  'sw.status.stateActivated': 'activated',
  'sw.status.stateRedundant': 'redundant',
  'sw.status.unavailable': 'no ServiceWorker here: not a secure context, or not supported',
  // Errors' messages: the log keeps the error's name (InvalidStateError) and reads these after it.
  'sw.status.errorTabGone': 'tab {id} has gone: nothing was relayed',
  'sw.status.errorNotControlled': 'this page is not controlled',
  'sw.status.errorNotControlledShort': 'not controlled',
  'sw.status.errorQueueFull': 'too many messages are waiting for control',
  'sw.status.errorNoApi': 'ServiceWorker is unavailable here',
  // Where a relayed message went (the log's "to"): the worker and the relay mode, as the transport
  // writes them; Chinese says the mode in words.
  'sw.status.toAll': 'ServiceWorker v{version} · all',
  'sw.status.toOthers': 'ServiceWorker v{version} · others',
  'sw.status.toOne': 'ServiceWorker v{version} · one',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof texts, true> {}
}

// Lines that carry values: the groups fill the key's values in order (lib/status-types.ts).
export const patterns: readonly StatusPattern[] = [
  [
    /^controlled by v(\S+); (1) queued message sent$/,
    'sw.status.controlledFlushedOne',
    ['version', 'count'],
  ],
  [
    /^controlled by v(\S+); (\d+) queued messages sent$/,
    'sw.status.controlledFlushed',
    ['version', 'count'],
  ],
  [/^controlled by v(\S+)$/, 'sw.status.controlledBy', ['version']],
  [
    /^v(\S+): (parsed|installing|installed|activating|activated|redundant)$/,
    'sw.status.state',
    ['version', 'state*'],
  ],
  [/^tab (\S+) has gone: nothing was relayed$/, 'sw.status.errorTabGone', ['id']],
  [/^ServiceWorker v(\S+) · all$/, 'sw.status.toAll', ['version']],
  [/^ServiceWorker v(\S+) · others$/, 'sw.status.toOthers', ['version']],
  [/^ServiceWorker v(\S+) · one$/, 'sw.status.toOne', ['version']],
];
