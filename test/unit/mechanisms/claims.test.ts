import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDictionary, translate } from '../../../src/i18n/dictionary';
import type { Claim, ClaimProof } from '../../../src/lib/claim-types';
import { mechanisms } from '../../../src/mechanisms/registry';

// Each registered mechanism hands out its claims itself (`Mechanism.claims`, its folder's
// claims.ts, loaded lazily; loading it registers its texts). Nothing here lists the folders.
const loaded = await Promise.all(
  mechanisms.map(async (m) => ({ id: m.meta.id, claims: (await m.claims()).claims })),
);
const claimsOf = (id: string): readonly Claim[] | undefined =>
  loaded.find((entry) => entry.id === id)?.claims;

/** The exact titles of the tests a spec declares: test('…'), test("…") or test(`…`) without ${}. */
function testTitles(spec: string): Set<string> {
  const text = readFileSync(resolve(process.cwd(), spec), 'utf8');
  const titles = new Set<string>();
  for (const match of text.matchAll(/\btest\(\s*(['"`])((?:\\.|(?!\1).)*)\1/gs)) {
    const [, quote, raw] = match as unknown as [string, string, string];
    if (quote === '`' && raw.includes('${')) continue;
    titles.add(raw.replace(/\\(.)/g, '$1'));
  }
  return titles;
}

// Issue 12: a source's label is the cited document's title, shown as written (marked English);
// words in parentheses after it were the app's own ("(no reconnect)") and stayed English in a
// Chinese page. They belong in `note`, which has both languages.
const CHINESE = /[\u3400-\u9fff]/;
function expectTitleAndNote(proof: Extract<ClaimProof, { kind: 'source' }>) {
  expect(proof.label, 'a note in parentheses after the title: move it to `note`').not.toMatch(
    // "Atomics.add()" is a name, not a note: the parentheses must hold words.
    /[(（][^)）]+[)）]\s*$/,
  );
  if (!proof.note) return;
  expect(proof.note.en.trim()).not.toBe('');
  expect(proof.note['zh-CN'], `Chinese note of "${proof.label}"`).toMatch(CHINESE);
}

describe('claims are proven, not asserted', () => {
  beforeAll(() => loadDictionary('zh-CN'));

  it.each(mechanisms.map((m) => m.meta.id))('%s has a claims list', (id) => {
    expect(claimsOf(id)?.length ?? 0).toBeGreaterThan(0);
  });

  const all = loaded.flatMap(({ id, claims }) => claims.map((claim) => ({ id, claim })));

  it.each(all.map(({ id, claim }) => [claim.text, id, claim] as const))(
    '%s (%s) has a test or a source, and texts in English and Chinese',
    (key, _id, claim) => {
      expect(claim.proof.length).toBeGreaterThan(0);
      const english = translate('en', claim.text);
      expect(english).not.toBe(key);
      // translate() falls back to English: a Chinese text equal to it means none was given.
      expect(translate('zh-CN', claim.text)).not.toBe(english);
      for (const proof of claim.proof) {
        if (proof.kind === 'source') {
          expect(proof.url).toMatch(/^https:\/\/[^\s]+$/);
          expect(proof.label.trim()).not.toBe('');
          expectTitleAndNote(proof);
          continue;
        }
        // Chromium's proofs are Playwright specs; Firefox's are tests of the Firefox harness.
        expect(proof.spec).toMatch(
          proof.browser === 'firefox'
            ? /^test\/firefox\/[\w.-]+\.ts$/
            : /^test\/e2e\/[\w.-]+\.spec\.ts$/,
        );
        expect(existsSync(resolve(process.cwd(), proof.spec)), proof.spec).toBe(true);
        expect([...testTitles(proof.spec)], `${proof.spec} declares this test`).toContain(
          proof.title,
        );
      }
    },
  );

  it('reads test titles exactly, so a renamed test fails this check', () => {
    const titles = testTitles('test/e2e/storage-event.spec.ts');
    expect(titles).toContain('clear() gives one event with a null key');
    expect(titles).not.toContain('clear() gives one event');
  });

  it('refuses the app’s words in parentheses after a title, and an English note in Chinese', () => {
    const source = { kind: 'source', url: 'https://x.test', label: 'MDN, EventSource' } as const;
    expect(() =>
      expectTitleAndNote({ ...source, label: 'WebSockets Standard (no reconnect)' }),
    ).toThrow();
    expect(() =>
      expectTitleAndNote({ ...source, note: { en: 'no reconnect', 'zh-CN': 'no reconnect' } }),
    ).toThrow();
    expect(() =>
      expectTitleAndNote({ ...source, note: { en: 'no reconnect', 'zh-CN': '不会自动重连' } }),
    ).not.toThrow();
  });

  it('reads the Firefox harness the same way', () => {
    const titles = testTitles('test/firefox/broadcast-channel.claims.ts');
    expect(titles).toContain(
      'Firefox: a second BroadcastChannel object in the sending tab receives the message',
    );
  });
});
