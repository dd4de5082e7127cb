import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byteSize, formatBytes, sizeWithBody, utf8Length } from '../../../src/lib/byte-size';

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

describe('sizeWithBody', () => {
  const sender = { id: 'p', name: 'Ada Lovelace', color: '#123456', kind: 'tab' };
  const message = (body: unknown) => ({
    v: 1,
    id: 'x-1',
    mechanism: 'window-open',
    sender,
    kind: 'race',
    body,
    seq: 1,
  });

  it('measures the whole message exactly as byteSize does, and its body on the way', () => {
    for (const body of ['héllo 👋 '.repeat(200), { ref: 'x-1', payload: 'x'.repeat(1024) }, null]) {
      expect(sizeWithBody(message(body))).toEqual({
        total: byteSize(message(body)),
        body: { body, bodySize: byteSize(body) },
      });
    }
  });

  it('agrees with byteSize on any value and any body, shared objects and cycles included', () => {
    const check = (value: unknown) => {
      const sized = sizeWithBody(value);
      expect(sized.total).toBe(byteSize(value));
      if (sized.body) expect(sized.body.bodySize).toBe(byteSize(sized.body.body));
    };
    fc.assert(fc.property(fc.anything(), check), { numRuns: 200 });
    fc.assert(
      fc.property(fc.anything({ withMap: true, withSet: true }), (body) => check(message(body))),
      { numRuns: 200 },
    );
    // An object the body shares with another field is counted once in the total, whole in the body.
    const shared = { a: 'x'.repeat(50) };
    const sharing = { meta: shared, body: { shared, again: shared } };
    check(sharing);
    // "shared" + "again" + the object once ("a" and 50 bytes).
    expect(sizeWithBody(sharing).body?.bodySize).toBe(6 + 5 + 1 + 50);
    // A body that leads back to the message: the total still as byteSize, the body left to it.
    const cyclic: Record<string, unknown> = { v: 1, body: {} };
    (cyclic.body as Record<string, unknown>).back = cyclic;
    check(cyclic);
    expect(sizeWithBody(cyclic).body).toBeNull();
  });

  it('measures flat messages (the shortcut without a set) exactly as byteSize, shared fields once', () => {
    const primitive = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
    );
    const flat = fc.dictionary(fc.string(), primitive);
    const shapes = fc.tuple(fc.oneof(primitive, flat), flat, flat).map(([body, a, b]) => {
      const value: Record<string, unknown> = { v: 1, sender: a, body, to: b };
      return [value, { ...value, again: a, self: value, echo: body }, { ...value, c: { ...b } }];
    });
    fc.assert(
      fc.property(shapes, (values) => {
        for (const value of values) {
          const sized = sizeWithBody(value);
          expect(sized.total).toBe(byteSize(value));
          expect(sized.body).toEqual({ body: value.body, bodySize: byteSize(value.body) });
        }
      }),
      { numRuns: 300 },
    );
    // A sender met twice counts once: "sender", "again", "body", "k" and "abc" (3 + 1 each).
    const sender = { k: 'abc' };
    expect(sizeWithBody({ sender, again: sender, body: 'é' }).total).toBe(6 + 5 + 4 + 2 + 1 + 3);
  });
});

describe('byteSize of flat objects and repeated texts', () => {
  it('gives the same sizes as the full walk', () => {
    const payload = 'é'.repeat(2000);
    expect(byteSize({ ref: 'ab', payload, n: 1, ok: true, none: null })).toBe(
      2 + 3 + 7 + 4000 + 1 + 8 + 2 + 1 + 4,
    );
    // Equal texts, measured again or not, have one size; a different text of the same length, its own.
    expect(utf8Length(payload)).toBe(4000);
    expect(utf8Length(`${payload}`.slice(0))).toBe(4000);
    expect(utf8Length('x'.repeat(2000))).toBe(2000);
    expect(utf8Length(payload)).toBe(4000);
  });
});
