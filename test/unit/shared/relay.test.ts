import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRelayReply, parseRelayRequest, selectTargets } from '../../../src/shared/relay';
import { envelope } from '../helpers';

describe('selectTargets', () => {
  const clients = ['a', 'b', 'c'];
  it('relays to everyone, the sender included, with "all"', () =>
    expect(selectTargets(clients, 'a', 'all')).toEqual({ targets: ['a', 'b', 'c'] }));
  it('skips the sender with "others"', () =>
    expect(selectTargets(clients, 'a', 'others')).toEqual({ targets: ['b', 'c'] }));
  it('picks one client with "one"', () =>
    expect(selectTargets(clients, 'a', 'one', 'c')).toEqual({ targets: ['c'] }));
  it('reports a chosen client that has gone', () =>
    expect(selectTargets(clients, 'a', 'one', 'z')).toEqual({ targets: [], missing: 'z' }));
  it('property: "others" is "all" without the sender', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1 })),
        fc.string({ minLength: 1 }),
        (ids, sender) => {
          expect(selectTargets(ids, sender, 'others').targets).toEqual(
            selectTargets(ids, sender, 'all').targets.filter((id) => id !== sender),
          );
        },
      ),
    );
  });
});

describe('parseRelayRequest', () => {
  it('accepts a relay request with a valid envelope', () => {
    expect(
      parseRelayRequest({ type: 'relay', mode: 'others', envelope: envelope() }),
    ).toMatchObject({ ok: true, request: { type: 'relay', mode: 'others' } });
    expect(
      parseRelayRequest({ type: 'relay', mode: 'one', target: 'c1', envelope: envelope() }),
    ).toMatchObject({ ok: true, request: { target: 'c1' } });
    expect(parseRelayRequest({ type: 'who' })).toEqual({ ok: true, request: { type: 'who' } });
  });

  it.each([
    ['a string', 'hello', 'must be an object'],
    ['an unknown type', { type: 'format-disk' }, 'unknown request type'],
    [
      'a type that cannot be turned into text',
      { type: Object.create(null) },
      'unknown request type object',
    ],
    ['an unknown mode', { type: 'relay', mode: 'everyone', envelope: envelope() }, 'mode must be'],
    [
      '"one" without a target',
      { type: 'relay', mode: 'one', envelope: envelope() },
      'needs a target',
    ],
    ['a non-envelope', { type: 'relay', mode: 'all', envelope: { hello: 1 } }, 'not an envelope'],
  ])('answers %s with a reason', (_label, input, reason) => {
    const result = parseRelayRequest(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  it('property: never throws', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withMap: true, withBigInt: true }),
        (input) => {
          expect(typeof parseRelayRequest(input).ok).toBe('boolean');
        },
      ),
    );
  });
});

describe('parseRelayReply', () => {
  const client = {
    id: 'c1',
    url: 'http://localhost/m/x',
    visibilityState: 'visible',
    focused: true,
  };

  it('accepts every reply the worker sends', () => {
    const relayed = {
      type: 'relayed',
      envelope: envelope(),
      fromClient: 'c1',
      mode: 'all',
      version: '2',
    };
    expect(parseRelayReply(relayed)).toMatchObject({
      type: 'relayed',
      fromClient: 'c1',
      mode: 'all',
    });
    const result = {
      type: 'relay-result',
      id: 'm1',
      delivered: 0,
      missing: 'c9',
      version: '1',
      relayed: 3,
    };
    expect(parseRelayReply(result)).toEqual(result);
    const clients = {
      type: 'clients',
      clients: [client],
      version: '1',
      relayed: 0,
      startedAt: 5,
      you: 'c1',
    };
    expect(parseRelayReply(clients)).toEqual(clients);
    expect(parseRelayReply({ type: 'claimed', version: '1' })).toEqual({
      type: 'claimed',
      version: '1',
    });
    expect(parseRelayReply({ type: 'error', reason: 'bad', version: '1' })).toMatchObject({
      reason: 'bad',
    });
  });

  it.each([
    ['no version', { type: 'claimed' }],
    ['an unknown type', { type: 'hello', version: '1' }],
    [
      'a relayed non-envelope',
      { type: 'relayed', envelope: { x: 1 }, fromClient: 'c1', mode: 'all', version: '1' },
    ],
    [
      'a relayed message with an unknown mode',
      { type: 'relayed', envelope: envelope(), fromClient: 'c1', mode: 'some', version: '1' },
    ],
    [
      'a negative count',
      { type: 'relay-result', id: 'm', delivered: -1, version: '1', relayed: 0 },
    ],
    [
      'a malformed client',
      { type: 'clients', clients: [{ id: 1 }], version: '1', relayed: 0, startedAt: 0, you: 'c' },
    ],
    ['an error without a reason', { type: 'error', version: '1' }],
  ])('ignores %s', (_label, input) => {
    expect(parseRelayReply(input)).toBeNull();
  });

  it('property: never throws', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withMap: true }), (input) => {
        const reply = parseRelayReply(input);
        expect(reply === null || typeof reply.type === 'string').toBe(true);
      }),
    );
  });
});
