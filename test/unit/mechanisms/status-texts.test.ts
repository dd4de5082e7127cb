import { describe, expect, it } from 'vitest';
import * as own from '../../../src/components/message-log/status-en';
import { texts as ownZh } from '../../../src/components/message-log/status-zh-cn';
import type { StatusSource } from '../../../src/lib/status-types';
import { mechanisms } from '../../../src/mechanisms/registry';
import { englishProse, hasChinese } from '../../tools/english-prose';

// Issue 13: a mechanism's status lines (what its transport and page write into the log) live in
// its folder and are reached through `Mechanism.statusTexts`; the log keeps only the lines several
// transports write. Issue 12: each has its Chinese, with no English prose left in it.
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
const words = (text: string) => text.replace(/\{\w+\}/g, '');
const groups = (pattern: RegExp) => (new RegExp(`${pattern.source}|`).exec('')?.length ?? 1) - 1;

type Loaded = { id: string; source: StatusSource; zh: Readonly<Record<string, string>> };
const withTexts = mechanisms.filter((m) => m.statusTexts);
const load = async (): Promise<Loaded[]> => [
  { id: 'the log', source: own, zh: ownZh },
  ...(await Promise.all(
    withTexts.map(async (m) => {
      const { source, texts } = await m.statusTexts!['zh-CN']();
      return { id: m.meta.id, source, zh: texts };
    }),
  )),
];

describe('status texts, from the registry', () => {
  it('come from the mechanisms that write lines of their own', () => {
    expect(withTexts.length).toBeGreaterThanOrEqual(9);
  });

  it.each(withTexts.map((m) => [m.meta.id, m] as const))(
    '%s: every line has Chinese with the same values and no English prose',
    async (_id, mechanism) => {
      const loaded = await mechanism.statusTexts!['zh-CN']();
      const { texts } = loaded.source;
      const zh = loaded.texts;
      expect(Object.keys(texts).length).toBeGreaterThan(0);
      expect(Object.keys(zh).sort()).toEqual(Object.keys(texts).sort());
      for (const [key, english] of Object.entries(texts)) {
        const chinese = zh[key] ?? '';
        expect(placeholders(chinese), key).toEqual(placeholders(english));
        expect(englishProse(words(chinese)), `${key}: ${chinese}`).toEqual([]);
        if (englishProse(words(english)).length) expect(hasChinese(chinese), key).toBe(true);
      }
    },
  );

  it('every line with a value has its own pattern, with one name per group', async () => {
    for (const { id, source } of await load()) {
      const keys = new Set(Object.keys(source.texts));
      for (const [pattern, key, names] of source.patterns) {
        expect(keys.has(key), `${id}: ${key} is its own`).toBe(true);
        expect(groups(pattern), `${id}: ${pattern.source}`).toBe(names.length);
        const values = names.map((name) => `{${name.replace(/[*!~]$/, '')}}`);
        expect(placeholders(source.texts[key] ?? ''), `${id}: ${key}`).toEqual(values.sort());
      }
      const read = new Set(source.patterns.map(([, key]) => key));
      // A value inside another line ("some" in "FeedReset: some events") is read by exact words.
      for (const [key, text] of Object.entries(source.texts))
        if (text.includes('{'))
          expect(read.has(key as never), `${id}: ${key} has a pattern`).toBe(true);
    }
  });

  it('no two sources share a key or the same words', async () => {
    const keys = new Map<string, string>();
    const exact = new Map<string, string>();
    for (const { id, source } of await load())
      for (const [key, text] of Object.entries(source.texts)) {
        expect(keys.get(key), `${key} in ${id}`).toBeUndefined();
        keys.set(key, id);
        if (text.includes('{')) continue;
        expect(exact.get(text), `"${text}" in ${id}`).toBeUndefined();
        exact.set(text, id);
      }
  });
});
