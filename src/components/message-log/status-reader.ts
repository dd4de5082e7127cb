// Reads a status text back: its key by exact words, or by a pattern that fills the key's values.
// Loaded with the Chinese dictionary only (see status-i18n.ts): English shows these texts as the
// transports wrote them, so the first visit carries none of this.
import { registerMessages } from '../../i18n/dictionary';
import type { T } from '../../i18n/use-t';
import { statusEn, type StatusKey } from './status-en';
import { STATUS_PATTERNS } from './status-patterns';
import { statusZh } from './status-zh-cn';

// English too, so a reader who switches back to English gets the same words the transport wrote.
registerMessages({ en: statusEn, 'zh-CN': statusZh });
export const texts = statusZh;

const EXACT = new Map<string, StatusKey>(
  (Object.keys(statusEn) as StatusKey[])
    .filter((key) => !statusEn[key].includes('{'))
    .map((key) => [statusEn[key], key]),
);

/** A status text in the reader's language, or null when it is not one the app knows. */
export function readStatus(t: T, text: string): string | null {
  const exact = EXACT.get(text);
  if (exact) return t(exact);
  for (const [pattern, key, names] of STATUS_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    // A name ending in * holds a text of its own ("long poll", "socket open"): read back too.
    // Each group is shorter than the whole, so this ends.
    const params = names.map((name, i): [string, string] => {
      const value = match[i + 1] ?? '';
      return name.endsWith('*')
        ? [name.slice(0, -1), readStatus(t, value) ?? value]
        : [name, value];
    });
    return t(key, Object.fromEntries(params));
  }
  return null;
}
