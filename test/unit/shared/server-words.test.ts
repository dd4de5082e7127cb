import { beforeAll, describe, expect, it } from 'vitest';
import { readReason, readServerWords } from '../../../src/components/message-log/reason';
import { source, zh } from '../../../src/components/message-log/server-words.zh-cn';
import { loadDictionary, translate } from '../../../src/i18n/dictionary';
import type { T } from '../../../src/i18n/use-t';
import {
  readServerSaid,
  said,
  SERVER_WORDS,
  serverText,
  type ServerCode,
} from '../../../src/shared/server-words';
// The registry hands each mechanism's status texts to the log (a value may be one of theirs).
import '../../../src/mechanisms/registry';
import { englishProse, hasChinese } from '../../tools/english-prose';

// Issue 12: the server's refusals reach a zh-CN page. Each has a code on the wire beside its
// English, and each code has Chinese. The codes are read from the server's source, so a refusal
// written as plain English, or a code without Chinese, fails here.
const SERVER = import.meta.glob<string>('../../../mock-server/**/*.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const CODES = Object.keys(SERVER_WORDS) as ServerCode[];
const t: T = (key, params) => translate('zh-CN', key, params);
const holes = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
// A value of the kind each is sent with: a number, an origin, a name, or the app's own words.
const SAMPLE: Record<string, string | number> = {
  origin: 'http://127.0.0.1:5173',
  host: 'evil.test',
  method: 'PUT',
  path: '/api/health',
  limit: 65536,
  depth: 32,
  seconds: 4,
  name: 'alpha',
  max: 3,
  rate: 20,
  room: 'physics',
  kib: 64,
  detail: 'the frame is not JSON',
};
const sample = (code: ServerCode) => serverText(code, SAMPLE);

describe('the server’s refusals', () => {
  beforeAll(() => loadDictionary('zh-CN'));

  it('are sent by code: no English refusal is written in the server outside the list', () => {
    const plain =
      /(?:message|reason): ['`]|\.close\(\d{4}, ['`]|rejectUpgrade\([^)]*['`][A-Z][a-z]/;
    const written: string[] = [];
    const used = new Set<string>();
    for (const [file, text] of Object.entries(SERVER)) {
      for (const line of text.split('\n')) if (plain.test(line)) written.push(`${file}: ${line}`);
      for (const [, code] of text.matchAll(/(?:said|serverText)\(\s*'([a-z-]+)'/g)) used.add(code!);
      for (const [, code] of text.matchAll(/full: '([a-z-]+)'/g)) used.add(code!);
    }
    // A reason that is one word is a code (the hub's gaps, "trimmed"; a poll's "held"), no words.
    expect(written.filter((line) => !/reason: '[a-z-]+'/.test(line))).toEqual([]);
    expect([...used].filter((code) => !(code in SERVER_WORDS))).toEqual([]);
    expect(used.size).toBeGreaterThan(40);
  });

  it.each(CODES)('%s has Chinese with the same values and no English prose', (code) => {
    expect(holes(zh[code])).toEqual(holes(SERVER_WORDS[code]));
    if (zh[code] === '{detail}') return;
    expect(hasChinese(zh[code])).toBe(true);
    expect(englishProse(zh[code].replace(/\{\w+\}/g, ''))).toEqual([]);
  });

  it.each(CODES)('%s reads back in Chinese from the English the page gets', (code) => {
    const read = readReason(t, sample(code));
    const text = read.map((part) => (typeof part === 'string' ? part : '')).join('');
    expect(hasChinese(text)).toBe(true);
    expect(englishProse(text)).toEqual([]);
    expect(source.texts[`srvw.${code}`]).toBe(SERVER_WORDS[code]);
  });

  it('close reasons fit the 123 bytes a close frame allows', () => {
    for (const code of CODES.filter((c) => c.startsWith('close-')))
      expect(new TextEncoder().encode(sample(code)).length).toBeLessThanOrEqual(123);
  });

  it('the page reads a known code in its own English; else the server’s words, marked', () => {
    const told = said('room-full', { room: 'physics', max: 3 });
    expect(readServerSaid({ ...told, message: 'Room physics: full.' }, 'message')).toBe(
      'room "physics" is full (3 members)',
    );
    // A code this app does not know, a value missing, or no code at all: the text as it came.
    expect(readServerSaid({ code: 'new-thing', reason: 'Try later.' }, 'reason')).toBe(
      'Try later.',
    );
    expect(readServerSaid({ code: 'room-full', message: 'Full.' }, 'message')).toBe('Full.');
    expect(readServerSaid({ reason: 'Nope.' }, 'reason')).toBe('Nope.');
    expect(readServerSaid(null, 'message')).toBeNull();
    expect(readServerWords(t, 'room "physics" is full (3 members)')).toEqual([
      '房间“physics”已满（3 人）',
    ]);
    expect(readServerWords(t, 'Try later.')).toEqual([{ server: 'Try later.' }]);
  });

  it('Redis’s own words inside a refusal stay as written, marked as the server’s', () => {
    const down = serverText('backplane-down-why', { detail: 'Socket closed unexpectedly' });
    expect(readReason(t, down)).toEqual([
      '后端总线断开：连不上 Redis（',
      { server: 'Socket closed unexpectedly' },
      '）；什么也没有存下',
    ]);
  });
});
