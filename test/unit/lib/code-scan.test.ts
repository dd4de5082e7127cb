import { describe, expect, it } from 'vitest';
import { scanCode } from '../../../src/lib/code-scan';

const comments = (source: string) =>
  scanCode(source)
    .filter((piece) => piece.kind === 'comment')
    .map((piece) => (piece.kind === 'comment' ? [piece.style, piece.text] : []));

describe('scanCode', () => {
  it('gives the source back unchanged when its pieces are joined', () => {
    const sources = [
      '',
      'const a = 1; // one\n',
      '/* open',
      "'unterminated // string\nnext(); // real",
      'x = `a ${`b ${c} // d`} // e` // f\n',
    ];
    for (const source of sources)
      expect(
        scanCode(source)
          .map((piece) => piece.text)
          .join(''),
      ).toBe(source);
  });

  it('never takes a // inside a string, a template or a regular expression for a comment', () => {
    const source = [
      'const a = \'http://one\'; const b = "ws://two";',
      'const c = `ws://${location.host}/ws${`//${"//"}`}`; // after the template',
      'const d = /\\/\\//.test(a) ? x / 2 : y / 3; // after the regex',
      "res.write(`id: ${epoch}\\n`); const e = '\\'//'; // last",
    ].join('\n');
    expect(comments(source)).toEqual([
      ['trailing', '// after the template'],
      ['trailing', '// after the regex'],
      ['trailing', '// last'],
    ]);
  });

  it('joins // lines at one indent into one block, and keeps the rest apart', () => {
    const source = [
      '// first line',
      '// runs on',
      'code(); // trailing',
      '// not joined to the trailing one',
      '',
      '// after a blank line',
      '  // deeper indent',
      '  // joined at its own indent',
      'x; /* a block */ y;',
    ].join('\n');
    expect(comments(source)).toEqual([
      ['line', '// first line\n// runs on'],
      ['trailing', '// trailing'],
      ['line', '// not joined to the trailing one'],
      ['line', '// after a blank line'],
      ['line', '  // deeper indent\n  // joined at its own indent'.trimStart()],
      ['block', '/* a block */'],
    ]);
    const deeper = scanCode(source).find(
      (piece) => piece.kind === 'comment' && piece.text.startsWith('// deeper'),
    );
    expect(deeper).toMatchObject({ style: 'line', indent: '  ' });
  });

  it('finds a comment at the very start, and one inside a ${} expression', () => {
    expect(comments('  // first\ncode();')).toEqual([['line', '// first']]);
    expect(comments('`a ${b /* inside */} c // not a comment`')).toEqual([
      ['block', '/* inside */'],
    ]);
  });
});
