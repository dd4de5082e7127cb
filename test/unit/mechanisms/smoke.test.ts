import { describe, expect, it } from 'vitest';
import type { Smoke } from '../../../src/lib/smoke-types';
import { mechanisms } from '../../../src/mechanisms/registry';

// The Firefox smoke (test/firefox/smoke.ts) reads a mechanism's `smoke.ts` when it has one: plain
// data, checked here so a wrong descriptor fails fast instead of as a Firefox timeout.
const modules = import.meta.glob<{ smoke?: Smoke }>('../../../src/mechanisms/*/smoke.ts', {
  eager: true,
});
const ids = new Set(mechanisms.map((m) => m.meta.id));
const entries = Object.entries(modules).map(
  ([file, m]) => [/mechanisms\/([^/]+)\/smoke\.ts$/.exec(file)?.[1] ?? file, m.smoke] as const,
);

describe('smoke descriptors', () => {
  it('finds some', () => expect(entries.length).toBeGreaterThan(0));

  it.each(entries)('%s: exports `smoke`, plain data that fits the smoke', (id, smoke) => {
    expect(ids.has(id), `${id} is in the registry`).toBe(true);
    expect(smoke).toBeDefined();
    // Plain data: survives a JSON round trip unchanged (no functions, no imports of test code).
    expect(JSON.parse(JSON.stringify(smoke))).toEqual(smoke);
    const shape = smoke!.shape;
    if (shape?.kind === 'tabs') expect(shape.count ?? 2).toBeGreaterThanOrEqual(2);
    if (shape?.kind === 'frame') expect(shape.title.trim() && shape.list.trim()).toBeTruthy();
    if (shape?.kind === 'popup') expect(shape.open.trim() && shape.list.trim()).toBeTruthy();
    for (const step of smoke!.prepare ?? [])
      expect(Object.values(step).every((v) => typeof v === 'string' && v.trim())).toBe(true);
    for (const text of Object.values(smoke!.unsupportedIn ?? {})) expect(text?.trim()).toBeTruthy();
    if (smoke!.ready !== undefined) expect(smoke!.ready.trim()).not.toBe('');
  });
});
