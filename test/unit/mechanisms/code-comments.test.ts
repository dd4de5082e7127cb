import { describe, expect, it } from 'vitest';
import {
  commentKey,
  commentsOf,
  joinPieces,
  translateComment,
  translatePieces,
  withoutComments,
  type CodeText,
} from '../../../src/lib/code-comments';
import { scanCode } from '../../../src/lib/code-scan';
import { mechanisms } from '../../../src/mechanisms/registry';
import { untranslatedComments } from '../../tools/comment-checks';

// Every mechanism's code panel comes from its code.ts, which lists every variant its page can show
// (each branch of its settings) in `codeCases`. In zh-CN a teacher reads the comments aloud: each
// must be Chinese, with API names, events and headers kept as they are, and the code unchanged.
const modules = import.meta.glob<{ codeCases?: () => CodeText[] }>(
  '../../../src/mechanisms/*/code.ts',
  { eager: true },
);
const casesOf = (id: string) => modules[`../../../src/mechanisms/${id}/code.ts`]?.codeCases?.();

async function inChinese(code: CodeText) {
  const { comments } = await code.comments['zh-CN']();
  return { map: comments, text: joinPieces(translatePieces(scanCode(code.text), comments)) };
}

describe.each(mechanisms.map((m) => [m.meta.id] as const))('%s code panel', (id) => {
  const cases = casesOf(id) ?? [];

  it('lists the variants of its code, each with comments', () => {
    expect(cases.length, `src/mechanisms/${id}/code.ts exports codeCases`).toBeGreaterThan(0);
    for (const code of cases) {
      expect(commentsOf(code.text).length).toBeGreaterThan(0);
      // The check below can fail: as written, in English, every comment is flagged.
      expect(untranslatedComments(code.text)).toHaveLength(
        new Set(commentsOf(code.text).map((c) => c.text.slice(0, 100))).size,
      );
    }
  });

  it('has every comment in Chinese in zh-CN, none left in English', async () => {
    const left: string[] = [];
    for (const code of cases) left.push(...untranslatedComments((await inChinese(code)).text));
    expect([...new Set(left)]).toEqual([]);
  });

  it('shows the same code in both languages; only comments differ', async () => {
    for (const code of cases) {
      const { text } = await inChinese(code);
      expect(text).not.toBe(code.text);
      expect(withoutComments(text)).toBe(withoutComments(code.text));
      expect(commentsOf(text).length).toBe(commentsOf(code.text).length);
    }
  });

  it('keeps no translation that no variant uses (an edited English comment shows up here)', async () => {
    const [first] = cases;
    if (!first) return;
    const { map } = await inChinese(first);
    const keys = cases.flatMap((code) => commentsOf(code.text).map(commentKey));
    const unused = Object.keys(map).filter(
      (entry) => !keys.some((key) => translateComment(key, { [entry]: '·' }) !== undefined),
    );
    expect(unused).toEqual([]);
  });
});
