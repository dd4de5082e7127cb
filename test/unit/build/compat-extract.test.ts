import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  compatKeysIn,
  extractCompat,
  plainText,
  summarize,
  type Bcd,
} from '../../../build/compat-extract';
import { compatRequests } from '../../../build/compat-plugin';
import { mechanisms } from '../../../src/mechanisms/registry';

const bcd = createRequire(import.meta.url)('@mdn/browser-compat-data') as Bcd;

describe('compat extraction (build time)', () => {
  it('summarises BCD statements: since, partial with notes, no, removed, flag only, unknown', () => {
    expect(summarize({ version_added: '54' })).toEqual({ state: 'yes', since: '54', notes: [] });
    expect(
      summarize({
        version_added: '1',
        partial_implementation: true,
        notes: 'Not with <code>_blank</code>.',
      }),
    ).toEqual({ state: 'partial', since: '1', notes: ['Not with _blank.'] });
    expect(summarize({ version_added: false })).toEqual({ state: 'no', notes: [] });
    expect(
      summarize([{ version_added: '16' }, { version_added: '5', version_removed: '7' }]),
    ).toEqual({
      state: 'yes',
      since: '16',
      notes: [],
    });
    expect(summarize({ version_added: '5', version_removed: '7' })).toMatchObject({
      state: 'removed',
      until: '7',
    });
    expect(summarize({ version_added: '60', flags: [{}] })).toMatchObject({
      state: 'no',
      flagOnly: true,
    });
    expect(summarize({ version_added: null })).toEqual({ state: 'unknown', notes: [] });
    expect(summarize(undefined)).toEqual({ state: 'unknown', notes: [] });
  });

  it('drops HTML from notes and decodes its entities (notes render as text)', () => {
    expect(plainText('<a href="x">Since</a> &lt;iframe&gt; &amp; more')).toBe(
      'Since <iframe> & more',
    );
  });

  it('fails with a message naming the missing key and the file that named it', () => {
    expect(() =>
      extractCompat(bcd, [
        { key: 'api.BroadcastChannel', file: 'a/index.ts' },
        { key: 'api.NoSuchThing', file: 'src/mechanisms/x/index.ts' },
      ]),
    ).toThrow(
      /compat key "api.NoSuchThing" \(named in src\/mechanisms\/x\/index.ts\) is not in @mdn\/browser-compat-data \d/,
    );
  });

  it('keeps only the keys asked for, in six browsers', () => {
    const data = extractCompat(bcd, [{ key: 'api.BroadcastChannel', file: 'x' }]);
    expect(Object.keys(data.entries)).toEqual(['api.BroadcastChannel']);
    const entry = data.entries['api.BroadcastChannel']!;
    expect(Object.keys(entry.support).sort()).toEqual(
      ['chrome', 'chrome_android', 'firefox', 'firefox_android', 'safari', 'safari_ios'].sort(),
    );
    expect(entry.support.chrome).toMatchObject({ state: 'yes', since: '54' });
    expect(entry.mdn).toMatch(/^https:\/\/developer\.mozilla\.org\//);
    expect(JSON.stringify(data).length).toBeLessThan(5_000);
  });

  it('reads a compat array by convention: string literals in either quote', () => {
    expect(compatKeysIn(`x,\n  compat: ['api.A', "api.B.c"],\n  y`)).toEqual(['api.A', 'api.B.c']);
    expect(compatKeysIn('no array here')).toEqual([]);
  });

  it('finds by convention exactly the keys the registry holds, and every one is in BCD', () => {
    const found = compatRequests();
    for (const m of mechanisms) {
      const file = `src/mechanisms/${m.meta.id}/index.ts`;
      expect(
        found.filter((r) => r.file === file).map((r) => r.key),
        file,
      ).toEqual([...m.compat]);
      expect(readFileSync(file, 'utf8')).toContain('compat:');
    }
    expect(() => extractCompat(bcd, found)).not.toThrow();
  });
});
