import { describe, expect, it } from 'vitest';
import { codeLines } from '../../../src/components/code-lines';
import { scanCode } from '../../../src/lib/code-scan';

describe('codeLines', () => {
  const source = 'function f() {\n  // one\n  // two\n\n    go(); // now\n}';
  const lines = codeLines(scanCode(source));

  it('gives the code back unchanged, one line per line', () => {
    expect(lines.map((line) => line.spans.map((span) => span.text).join('')).join('')).toBe(source);
    expect(lines).toHaveLength(source.split('\n').length);
  });

  it('knows each line’s indent and which spans are comments', () => {
    expect(lines.map((line) => line.indent)).toEqual([0, 2, 2, 0, 4, 0]);
    // The second line of a comment block carries its indent inside the comment.
    expect(lines[2]!.spans).toEqual([
      { comment: true, text: '  // two' },
      { comment: false, text: '\n' },
    ]);
    expect(lines[4]!.spans.filter((span) => span.comment)).toEqual([
      { comment: true, text: '// now' },
    ]);
  });
});
