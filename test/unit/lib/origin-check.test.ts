import { describe, expect, it } from 'vitest';
import { CARELESS_CHECKS, checkOrigin } from '../../../src/lib/origin-check';

const TRUSTED = ['http://localhost:4173', 'http://localhost:4174'];

describe('checkOrigin', () => {
  it('accepts exactly the trusted origins', () => {
    expect(checkOrigin('http://localhost:4173', TRUSTED)).toEqual({ ok: true });
    expect(checkOrigin('http://localhost:4174', TRUSTED)).toEqual({ ok: true });
  });

  it.each([
    ['null', 'opaque'],
    ['https://localhost:4174', 'other-scheme'],
    ['http://localhost:41740', 'other-port'],
    ['http://localhost:4175', 'other-port'],
    ['http://evil.localhost:4174', 'suffix'],
    ['http://notlocalhost:4174', 'suffix'],
    ['http://127.0.0.1:4174', 'other-host'],
    ['http://evil.test', 'unrelated'],
    ['', 'unrelated'],
  ])('rejects the near miss %s (%s)', (origin, nearMiss) => {
    expect(checkOrigin(origin, TRUSTED)).toMatchObject({ ok: false, nearMiss });
  });

  it('never trusts "null", even when it is on the list', () => {
    expect(checkOrigin('null', ['null'])).toMatchObject({ ok: false, nearMiss: 'opaque' });
  });

  it('compares strings exactly: a trailing slash or other case is another string', () => {
    expect(checkOrigin('http://localhost:4174', ['http://localhost:4174/'])).toMatchObject({
      ok: false,
    });
    expect(checkOrigin('http://LOCALHOST:4174', TRUSTED).ok).toBe(false);
  });
});

describe('careless checks', () => {
  it('are fooled by the near misses the exact check refuses', () => {
    expect(CARELESS_CHECKS.endsWith('http://evil.localhost:4174', 'http://localhost:4174')).toBe(
      true,
    );
    expect(
      CARELESS_CHECKS.includes('http://localhost:4174.evil.test', 'http://localhost:4174'),
    ).toBe(true);
    expect(CARELESS_CHECKS.startsWith('http://localhost:41740', 'http://localhost:4174')).toBe(
      true,
    );
    expect(checkOrigin('http://localhost:41740', TRUSTED).ok).toBe(false);
  });
});
