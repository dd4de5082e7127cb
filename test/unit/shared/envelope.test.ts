import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEnvelope, PEER_KINDS } from '../../../src/shared/envelope';
import { envelope } from '../helpers';

describe('parseEnvelope', () => {
  it('accepts a well-formed envelope and keeps its body as it is', () => {
    const map = new Map([['a', 1]]);
    const result = parseEnvelope(envelope({ body: map, recipient: 'tab-bbbb' }));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.envelope.body).toBe(map);
      expect(result.envelope.recipient).toBe('tab-bbbb');
    }
  });

  it.each([
    ['a string', 'hello', 'not an object (string)'],
    ['null', null, 'not an object (null)'],
    ['an array', [1, 2], 'not an object (array)'],
    ['another version', { ...envelope(), v: 2 }, 'unknown envelope version 2'],
    ['an empty id', { ...envelope(), id: '' }, 'id must be'],
    [
      'a mechanism that is not kebab-case',
      { ...envelope(), mechanism: 'Broadcast Channel' },
      'mechanism must be',
    ],
    [
      'a colour that could inject CSS',
      { ...envelope(), sender: { ...envelope().sender, color: 'red;background:url(x)' } },
      'sender.color',
    ],
    [
      'an unknown peer kind',
      { ...envelope(), sender: { ...envelope().sender, kind: 'robot' } },
      'sender.kind',
    ],
    [
      'a long name',
      { ...envelope(), sender: { ...envelope().sender, name: 'x'.repeat(65) } },
      'sender.name',
    ],
    ['NaN sentAt', { ...envelope(), sentAt: Number.NaN }, 'sentAt'],
    ['seq 0', { ...envelope(), seq: 0 }, 'seq'],
    ['a fractional seq', { ...envelope(), seq: 1.5 }, 'seq'],
    ['no body', (({ body: _b, ...rest }) => rest)(envelope()), 'body is missing'],
  ])('rejects %s with a reason', (_label, input, reason) => {
    const result = parseEnvelope(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  it('does not run getters on hostile objects', () => {
    let ran = false;
    const hostile = { ...envelope() };
    Object.defineProperty(hostile, 'id', {
      get() {
        ran = true;
        return 'm-1';
      },
      enumerable: true,
    });
    expect(parseEnvelope(hostile).ok).toBe(false);
    expect(ran).toBe(false);
  });

  it('answers a revoked proxy instead of throwing', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const result = parseEnvelope(proxy);
    expect(result.ok).toBe(false);
  });

  it('property: any input is either a valid envelope or rejected with a reason, never a throw', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withMap: true,
          withSet: true,
          withDate: true,
          withTypedArray: true,
          withBigInt: true,
          withNullPrototype: true,
        }),
        (input) => {
          const result = parseEnvelope(input);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.reason.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('property: a structured clone read directly gets the same verdict and reason as read safely', () => {
    const sender = { id: 'tab-a', name: 'Ada', color: '#123456', kind: 'tab' };
    const nearly = fc.record(
      {
        v: fc.constantFrom(1, 2, '1'),
        id: fc.oneof(fc.string({ maxLength: 130 }), fc.integer()),
        mechanism: fc.constantFrom('window-open', 'Not Kebab', ''),
        sender: fc.oneof(fc.constant(sender), fc.anything()),
        recipient: fc.oneof(fc.string({ maxLength: 130 }), fc.constant(undefined)),
        kind: fc.constantFrom('race', 'race-echo', 'BAD', 'x'.repeat(40)),
        body: fc.anything({ withMap: true, withSet: true, withDate: true }),
        sentAt: fc.oneof(fc.double(), fc.constant(-1)),
        seq: fc.oneof(fc.integer(), fc.double()),
        hubId: fc.oneof(fc.string({ maxLength: 130 }), fc.constant(undefined)),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(nearly, fc.anything({ withMap: true, withDate: true })), (input) => {
        // What a MessageEvent carries: the clone, never the sender's object.
        const clone: unknown = structuredClone(input);
        expect(parseEnvelope(clone, true)).toEqual(parseEnvelope(clone));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads an in-page object without running its getters by default', () => {
    let ran = 0;
    const hostile = { ...envelope() };
    Object.defineProperty(hostile, 'kind', {
      get: () => (ran++ ? 'chat' : 'race'),
      enumerable: true,
    });
    expect(parseEnvelope(hostile).ok).toBe(false);
    expect(ran).toBe(0);
  });

  it('property: every envelope built from valid parts is accepted unchanged', () => {
    const kebab = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);
    const arbitraryEnvelope = fc.record({
      v: fc.constant(1 as const),
      id: fc.string({ minLength: 1, maxLength: 128 }),
      mechanism: kebab,
      sender: fc.record({
        id: fc.string({ minLength: 1, maxLength: 128 }),
        name: fc.string({ minLength: 1, maxLength: 64 }),
        color: fc.stringMatching(/^#[0-9a-f]{6}$/),
        kind: fc.constantFrom(...PEER_KINDS),
      }),
      kind: kebab,
      body: fc.jsonValue(),
      sentAt: fc.double({ min: 0, max: 4e12, noNaN: true }),
      seq: fc.integer({ min: 1 }),
    });
    fc.assert(
      fc.property(arbitraryEnvelope, (input) => {
        const result = parseEnvelope(input);
        expect(result).toEqual({ ok: true, envelope: input });
      }),
    );
  });
  it('shares one sender between equal envelopes (a flood keeps one copy, not one per entry)', () => {
    const first = envelope({ body: 'a' });
    const parse = (value: unknown) => {
      const result = parseEnvelope(structuredClone(value), true);
      if (!result.ok) throw new Error(result.reason);
      return result.envelope;
    };
    const [one, two] = [parse(first), parse({ ...first, id: 'm2', seq: 2 })];
    expect(two.sender).toBe(one.sender);
    expect(two.sender).toEqual(first.sender);
    // Another name is another sender, kept as it came.
    const renamed = parse({ ...first, sender: { ...first.sender, name: 'Other' } });
    expect(renamed.sender).not.toBe(one.sender);
    expect(renamed.sender).toEqual({ ...first.sender, name: 'Other' });
    expect(parse(first).sender).toEqual(first.sender);
  });

  it('still checks what differs from the last envelope that passed (only an equal value skips the checks)', () => {
    const good = envelope({ body: 'a' });
    const reason = (value: unknown) => {
      const result = parseEnvelope(structuredClone(value), true);
      return result.ok ? 'ok' : result.reason;
    };
    expect(reason(good)).toBe('ok');
    expect(reason({ ...good, mechanism: 'Broadcast Channel' })).toMatch(/^mechanism must be/);
    expect(reason({ ...good, mechanism: '' })).toMatch(/^mechanism must be/);
    expect(reason({ ...good, kind: 'x'.repeat(33) })).toMatch(/^kind must be/);
    expect(reason({ ...good, sender: { ...good.sender, color: 'red' } })).toMatch(/colou?r/);
    expect(reason({ ...good, sender: { ...good.sender, kind: 'robot' } })).toMatch(/kind/);
    expect(reason({ ...good, sender: { ...good.sender, id: 7 } })).toMatch(/sender\.id/);
    // And the last good one still passes after all those refusals.
    expect(reason(good)).toBe('ok');
  });
});
