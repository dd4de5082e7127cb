import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byteSize, formatBytes, sizeWithTextBody, utf8Length } from '../../../src/lib/byte-size';

describe('byteSize', () => {
  it('counts UTF-8 bytes for text and byteLength for binary', () => {
    expect(byteSize('héllo')).toBe(6);
    expect(byteSize('通信')).toBe(6);
    expect(byteSize(new ArrayBuffer(16))).toBe(16);
    expect(byteSize(new Blob(['12345']))).toBe(5);
    expect(byteSize(new Map([['ab', 'cd']]))).toBe(4);
  });

  it('counts without encoding exactly as TextEncoder does, lone surrogates included', () => {
    const encoder = new TextEncoder();
    const encoded = (text: string) => encoder.encode(text).byteLength;
    expect(utf8Length('a😀b')).toBe(6);
    // Longer than the reused buffer: measured in chunks, a pair split between them still counted once.
    const long = `${'é'.repeat(40_000)}😀${'x'.repeat(70_000)}`;
    expect(utf8Length(long)).toBe(encoded(long));
    // Every pair of code units at the edges of UTF-8's ranges and of the surrogate blocks.
    const edges = [
      0, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xffff,
    ];
    for (const a of edges)
      for (const b of edges) {
        const text = String.fromCharCode(a, b, a);
        expect(utf8Length(text), text).toBe(encoded(text));
      }
    fc.assert(
      fc.property(
        // Any UTF-16 code units, lone surrogates included (fast-check's 'binary' unit is slow to build).
        fc
          .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 })
          .map((codes) => String.fromCharCode(...codes)),
        (text) => utf8Length(text) === encoded(text),
      ),
      { numRuns: 50 },
    );
  });
});

describe('formatBytes', () => {
  it('uses B, KiB and MiB', () => {
    expect(formatBytes(12)).toBe('12 B');
    expect(formatBytes(2048)).toBe('2.0 KiB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.00 MiB');
  });
});

describe('sizeWithTextBody', () => {
  it('measures the whole message exactly as byteSize does, and a text body on the way', () => {
    const sender = { id: 'p', name: 'Ada Lovelace', color: '#123456', kind: 'tab' };
    const body = 'héllo 👋 '.repeat(200);
    const message = {
      v: 1,
      id: 'x-1',
      mechanism: 'window-open',
      sender,
      kind: 'race',
      body,
      seq: 1,
    };
    expect(sizeWithTextBody(message)).toEqual({
      total: byteSize(message),
      body,
      bodySize: byteSize(body),
    });
  });

  it('leaves other bodies and other values to byteSize', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const sized = sizeWithTextBody(value);
        expect(sized.total).toBe(byteSize(value));
        if (sized.body !== null) expect(sized.bodySize).toBe(byteSize(sized.body));
      }),
      { numRuns: 200 },
    );
    const shared = { a: 'x'.repeat(50) };
    expect(sizeWithTextBody({ meta: shared, body: { shared } })).toMatchObject({ body: null });
  });
});
