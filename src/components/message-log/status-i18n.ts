import { registerTextSource } from '../../i18n/dictionary';
import type { T } from '../../i18n/use-t';
import type { StatusKey } from './status-en';
import type { readStatus } from './status-reader';

// Transports say why their status changed in plain English ("connected", "listening from 12-4"),
// and pages write some status lines of their own (WebRTC's signalling, a SharedWorker's departed
// tab): that text is data to them, and the log is where a learner reads it. Known texts
// (status-en.ts) are translated, by their exact words or, for those that carry a value, by a
// pattern (status-patterns.ts); anything else is shown as written. Kept beside the log, not in
// each transport, so a transport stays free of the UI's languages. In English the log shows
// these texts as written, so the texts and the reader load with the Chinese dictionary only.
declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<StatusKey, true> {}
}

let reader: typeof readStatus | null = null;

registerTextSource({
  en: {},
  load: {
    'zh-CN': () =>
      import('./status-reader').then((module) => {
        reader = module.readStatus;
        return module;
      }),
  },
});

/** A status reason (or a page's status line) in the reader's language, or null when unknown. */
export function translateStatusReason(t: T, reason: string): string | null {
  return reader ? reader(t, reason) : null;
}
