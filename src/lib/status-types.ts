// The status lines a mechanism's transport and page write into the log ("queued for the leader
// lock", "controlled by v2"), and how the log reads them back in the reader's language. Each
// mechanism keeps its own in its folder (`status.ts`, `status.zh-cn.ts`); the lines several
// transports write ("connected", "attempt 2") are the log's own (components/message-log/).
import type { Lang, MessageKey } from '../i18n/dictionary';

/**
 * A status text that carries values: the groups fill the key's parameters, in order. A name
 * ending in `*` holds a status text of its own, read back in turn ("long poll: socket open"). A
 * name ending in `!` holds the browser's own words (a DOMException's message): read back when the
 * app wrote it, and otherwise shown as written and marked as the browser's.
 */
export type StatusPattern = readonly [pattern: RegExp, key: MessageKey, names: readonly string[]];

/** The English texts, exactly as written (`{name}` is a value), and the patterns for values. */
export type StatusSource = {
  texts: Readonly<Record<string, string>>;
  patterns: readonly StatusPattern[];
};

/**
 * In English the log shows these texts as written, so nothing of them is in the first visit: each
 * other language's texts load when it is chosen, and bring the English and patterns they read.
 */
export type StatusTexts = Record<
  Exclude<Lang, 'en'>,
  () => Promise<{ texts: Readonly<Record<string, string>>; source: StatusSource }>
>;
