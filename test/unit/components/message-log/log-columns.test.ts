import { describe, expect, it } from 'vitest';
import { measureColumns } from '../../../../src/components/message-log/log-columns';

// A stand-in font: every character is 0.5em wide, "W" and CJK characters 1em, "d" 0.6em. The
// widths then follow from the texts alone, which is what the columns must hold.
const measure = (text: string) =>
  [...text].reduce(
    (em, ch) => em + (ch === 'W' || /[\u4e00-\u9fff]/.test(ch) ? 1 : ch === 'd' ? 0.6 : 0.5),
    0,
  );

describe('the log columns measured from what they hold', () => {
  it('fits the longest mechanism title, not the first or a typical one', () => {
    const widths = measureColumns(
      ['BroadcastChannel', 'Long polling vs SSE vs WebSocket', 'SSE'],
      measure,
    );
    // 32 characters, one of them a "W" (0.5em more): 16.5em, and a little over for rounding.
    expect(widths?.mechanism).toBeGreaterThanOrEqual(16.5);
    expect(widths?.mechanism).toBeLessThan(16.8);
  });

  it('fits the longest tab name with its widest tag, twice, around the arrow', () => {
    const widths = measureColumns([], measure)!;
    // "Orange Dolphin" and "Purple Dolphin" (14 characters) are the longest English names; a
    // tag of "dddd" is the widest; the swatch is 1.35em.
    const name = 1.35 + 14 * 0.5 + 0.5 + 4 * 0.6;
    expect(widths.name).toBeGreaterThanOrEqual(name);
    expect(widths.name).toBeLessThan(name + 0.3);
    expect(widths.route).toBeGreaterThanOrEqual(name + 3 * 0.5 + name - 1.35);
  });

  it('leaves the style sheet’s fallbacks where text cannot be measured', () => {
    expect(measureColumns(['BroadcastChannel'], null)).toBeNull();
  });
});
