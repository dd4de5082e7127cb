import { describe, expect, it } from 'vitest';
import {
  commentKey,
  commentsOf,
  joinPieces,
  translateComment,
  translatePieces,
  withoutComments,
  type CommentMap,
} from '../../../src/lib/code-comments';
import { scanCode } from '../../../src/lib/code-scan';

const translate = (source: string, map: CommentMap) =>
  joinPieces(translatePieces(scanCode(source), map));

describe('comment keys', () => {
  it('name a block of lines by its words, a block comment by its trimmed inside', () => {
    const keys = commentsOf('  // one\n  //   two\nx(); // three\ny(/* four */);').map(commentKey);
    expect(keys).toEqual(['one\n  two', 'three', 'four']);
  });
});

describe('translatePieces', () => {
  const source = [
    'function f() {',
    '  // Listen first.',
    '  // Then send.',
    '  send(); // at once',
    '  join({ room } /* , … */);',
    '  // no translation for this one',
    '}',
  ].join('\n');
  const map: CommentMap = {
    'Listen first.\nThen send.': '先监听，再发送。',
    'at once': '立即\n发送',
    ', …': '其余从略 */ evil',
  };

  it('rewrites each known comment at its indent and leaves the code exactly as it was', () => {
    const zh = translate(source, map);
    expect(zh).toBe(
      [
        'function f() {',
        '  // 先监听，再发送。',
        '  send(); // 立即 发送',
        '  join({ room } /* 其余从略 * / evil */);',
        '  // no translation for this one',
        '}',
      ].join('\n'),
    );
    expect(withoutComments(zh)).toBe(withoutComments(source));
  });

  it('splits a translation over lines where it says so, each line a comment', () => {
    const zh = translate('  // a\n  code();', { a: '第一行\n\n第三行' });
    expect(zh).toBe('  // 第一行\n  //\n  // 第三行\n  code();');
    expect(withoutComments(zh)).toBe(withoutComments('  // a\n  code();'));
  });

  it('puts a {name} from the English back into the translation', () => {
    const map: CommentMap = {
      'Every channel named {name} gets it.': '每个名为 {name} 的频道都会收到。',
    };
    expect(translateComment('Every channel named "a.b" gets it.', map)).toBe(
      '每个名为 "a.b" 的频道都会收到。',
    );
    expect(translateComment('Every channel gets it.', map)).toBeUndefined();
    // Regular-expression characters in a key are plain text.
    expect(translateComment('a.b', { 'a.b': '甲' })).toBe('甲');
    expect(translateComment('axb', { 'a.b {x}': '甲' })).toBeUndefined();
  });
});
