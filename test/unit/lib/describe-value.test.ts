import { describe, expect, it } from 'vitest';
import { preview, toJsonSafe } from '../../../src/lib/describe-value';

describe('preview', () => {
  it('shows strings as they are at the top level and quoted inside containers', () => {
    expect(preview('hi <b>there</b>')).toBe('hi <b>there</b>');
    expect(preview({ text: 'hi' })).toBe('{text: "hi"}');
  });

  it('names the structured-clone types, so a receiver can see they arrived intact', () => {
    expect(preview(new Date('2026-01-02T03:04:05.000Z'))).toBe('Date(2026-01-02T03:04:05.000Z)');
    expect(preview(new Map([['answer', 42]]))).toBe('Map(1) {"answer" => 42}');
    expect(preview(new Set(['a', 'b']))).toBe('Set(2) {"a", "b"}');
    expect(preview(new Uint8Array([1, 2, 3]).buffer)).toBe('ArrayBuffer(3 bytes)');
    expect(preview(new Uint8Array([1, 2]))).toBe('Uint8Array(2 bytes) [1, 2]');
    expect(preview(new Blob(['abc'], { type: 'text/plain' }))).toBe('Blob(3 bytes, text/plain)');
    expect(preview(10n)).toBe('10n');
  });

  it('survives cycles and cuts long output', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(preview(cyclic)).toBe('{a: 1, self: [circular]}');
    expect(preview('x'.repeat(500), 20)).toHaveLength(20);
  });
});

describe('toJsonSafe', () => {
  it('turns special values into tagged objects that JSON can hold', () => {
    const value = toJsonSafe({
      when: new Date(0),
      set: new Set([1]),
      fn: function go() {},
      n: Number.NaN,
    });
    expect(JSON.parse(JSON.stringify(value))).toEqual({
      when: { $type: 'Date', value: '1970-01-01T00:00:00.000Z' },
      set: { $type: 'Set', values: [1] },
      fn: { $type: 'Function', name: 'go' },
      n: { $type: 'Number', value: 'NaN' },
    });
  });
});
