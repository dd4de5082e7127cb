import { beforeAll, describe, expect, it } from 'vitest';
import { readReason } from '../../../src/components/message-log/reason';
import { hasMessage, loadDictionary, translate } from '../../../src/i18n/dictionary';
import type { T } from '../../../src/i18n/use-t';
// The registry hands each mechanism's status texts to the log (`statusTexts`).
import '../../../src/mechanisms/registry';
import { englishProse, hasChinese } from '../../tools/english-prose';

// Issue 12: the app's own error and status texts ("not connected to the hub", "the worker was
// never started") reach the log and the page. Each must read back in Chinese, through its
// folder's status.ts or the log's own status-en.ts. This reads every such text in the source, so
// a new one without its Chinese fails here: an Error's message, an ErrorInfo's `message`, a
// status's reason, a rejection's or raw entry's reason. A `${value}` is tried as a number and as
// a word, as a pattern would read it. A reason a check returns (`return 'sender is not an
// object'`, `return \`entry ${n} has no id\``) counts too when it is a sentence: the import's and
// the envelope's checks hand theirs on that way, and the first version of this test missed them.
// So do an ApiError's words, and the shared checks the server's refusals quote (a chat frame's,
// a publish's), and the WebRTC page's signal checks (`fail('…')`), which refuse another tab's.
const zh: T = (key, params) => translate('zh-CN', key, params);
const SOURCES = import.meta.glob<string>(
  [
    '../../../src/{lib,mechanisms,components/message-log}/**/*.{ts,tsx}',
    '../../../src/shared/{envelope,chat-protocol,publish-request}.ts',
    // Texts and code shown as code, not messages.
    '!**/*{status,texts,i18n,code,hood,claims,why-not-arrived}.ts',
    '!**/*.zh-cn.ts',
    '!**/*zh-cn*.ts',
  ],
  { query: '?raw', import: 'default', eager: true },
);
const STATUS = `(?:status|statusEvent)\\('(?:connecting|open|closed|error)', (?:true, |false, )?`;
const WRITTEN = new RegExp(
  `(?:new (?:Api)?Error\\((?:\\w+, )?|message: |reason: |(return |fail\\(\\s*)|${STATUS})(['\`])((?:(?!\\2).)+)\\2`,
  'g',
);

// The checks that hand a reason on by returning it (a returned word, 'null', is a value).
const CHECKS = /\/(?:import-log|envelope|chat-protocol|publish-request|protocol)\.ts$/;

// Texts no learner reads: each says why.
const NEVER_SHOWN = new Set([
  // The in-memory twin stands in for a transport in tests only.
  'the twin is not connected',
  // A resume gap's code in a frame's type (chat-protocol.ts); the page says it in words.
  'trimmed',
]);
// A text whose values are themselves texts, with a value of the kind it is written with.
const SAMPLES: Record<string, string> = {
  'data channel "${ch.label}" open to ${hooks.partner()} (${facts()})':
    'data channel "chat" open to 红狐 3fa9 (ordered: true, maxRetransmits: null (reliable))',
  '${WAY_LABELS[way]}: ${reason}': 'long poll: stream open',
  '${signal.description.type} (SDP, ${signal.description.sdp.split(/\\r?\\n/).filter(Boolean).length} lines)':
    'offer (SDP, 12 lines)',
};

const samples = (text: string) =>
  SAMPLES[text]
    ? [SAMPLES[text]]
    : ['7', 'x', 'x7'].map((value) => text.replace(/\$\{[^}]*\}/g, value));
// A reason code ("own-echo", read as reason.own-echo) or an API call ("terminate()").
const isCode = (text: string) => /^[a-z]+(-[a-z]+)*$/.test(text);
const isCall = (text: string) => /^\w+\(\)$/.test(text);
const readable = (text: string) =>
  samples(text).some((sample) => {
    const said = readReason(zh, sample);
    const words = said.map((part) => (typeof part === 'string' ? part : '')).join('');
    return hasChinese(words) && englishProse(words).length === 0;
  });

describe('the app’s own error and status texts', () => {
  beforeAll(() => loadDictionary('zh-CN'));

  it('each reads back in Chinese', () => {
    const unread: string[] = [];
    let seen = 0;
    for (const [file, source] of Object.entries(SOURCES))
      for (const [, returned, , text] of source.matchAll(WRITTEN)) {
        if (!text || NEVER_SHOWN.has(text)) continue;
        // Returned reasons are read in the checks only; elsewhere a returned text is a value.
        if (returned && (!CHECKS.test(file) || !text.includes(' '))) continue;
        seen += 1;
        if (isCall(text) || (isCode(text) && hasMessage(`reason.${text}`)) || readable(text))
          continue;
        unread.push(`${file}: ${text}`);
      }
    expect(seen).toBeGreaterThan(40);
    expect(unread).toEqual([]);
  });
});
