// Reads a status text back: its key by exact words, or by a pattern that fills the key's values.
// Loaded with a language other than English only (see status-i18n.ts): English shows these texts
// as the transports wrote them, so the first visit carries none of this.
import type { MessageKey } from '../../i18n/dictionary';
import type { T } from '../../i18n/use-t';
import type { StatusSource } from '../../lib/status-types';

import type { Said, SaidPart } from './said-part';

export type { Said, SaidPart };

// A value that holds parts of its own stands in the template as a marker, split out afterwards
// (private-use characters: no text the app writes holds them).
const MARK = /\uE000(\d+)\uE001/;
const marker = (i: number) => `\uE000${i}\uE001`;

function join(parts: SaidPart[]): Said {
  const out: SaidPart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (typeof part === 'string' && typeof last === 'string') out[out.length - 1] = last + part;
    else if (part !== '') out.push(part);
  }
  return out;
}

/** The reader over every source loaded (the log's own first, then each mechanism's). */
export function createReader(sources: readonly StatusSource[]) {
  const exact = new Map<string, MessageKey>();
  for (const { texts } of sources)
    for (const [key, text] of Object.entries(texts))
      if (!text.includes('{')) exact.set(text, key as MessageKey);
  const patterns = sources.flatMap((source) => source.patterns);

  function read(t: T, text: string): Said | null {
    const key = exact.get(text);
    if (key) return [t(key)];
    for (const [pattern, patternKey, names] of patterns) {
      const match = pattern.exec(text);
      if (!match) continue;
      // Each group is shorter than the whole, so reading a value back in turn ends.
      const held: Said[] = [];
      const params = names.map((name, i): [string, string] => {
        const value = match[i + 1] ?? '';
        const mark = name.at(-1) ?? '';
        if (!'*!~'.includes(mark)) return [name, value];
        const unknown =
          mark === '!' ? { browser: value } : mark === '~' ? { server: value } : value;
        const said = read(t, value) ?? (value === '' ? [] : [unknown]);
        held.push(said);
        return [name.slice(0, -1), marker(held.length - 1)];
      });
      const filled = t(patternKey, Object.fromEntries(params));
      return join(
        filled.split(MARK).flatMap((piece, i) => (i % 2 ? (held[Number(piece)] ?? []) : [piece])),
      );
    }
    return null;
  }
  return read;
}
