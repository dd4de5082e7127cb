import { describe, expect, it } from 'vitest';
import { chosen } from '../../../../src/app/race/run-race';
import { mechanisms } from '../../../../src/mechanisms/registry';

// `/compare?race=ID,ID` (the bench's --mechanisms) races only those mechanisms.
describe('the mechanisms a race runs', () => {
  const ids = (list: readonly { meta: { id: string } }[]) => list.map((m) => m.meta.id);
  const [first, second, third] = ids(mechanisms);

  it('are the named ones, in the registry’s order', () => {
    expect(ids(chosen(mechanisms, [third as string, first as string]))).toEqual([first, third]);
  });

  it('ignore unknown ids, and are every one when none is known or none is named', () => {
    expect(ids(chosen(mechanisms, ['no-such-thing', second as string]))).toEqual([second]);
    expect(chosen(mechanisms, ['no-such-thing'])).toBe(mechanisms);
    expect(chosen(mechanisms, undefined)).toBe(mechanisms);
    expect(chosen(mechanisms, [])).toBe(mechanisms);
  });
});
