import { describe, expect, it } from 'vitest';
import compatData from 'virtual:compat-data';
import { LANGS } from '../../../src/i18n/dictionary';
import { mechanisms } from '../../../src/mechanisms/registry';

// Registry-driven: a mechanism added later is held to the same rules without editing this file.
describe.each(mechanisms.map((m) => [m.meta.id, m] as const))('%s', (_id, mechanism) => {
  it('has a hood whose hops join its own places, each with a source or marked inference', async () => {
    const { hood } = await mechanism.hood();
    const ids = hood.places.map((p) => p.id);
    expect(new Set(ids).size, 'place ids are unique').toBe(ids.length);
    expect(hood.hops.length).toBeGreaterThan(0);
    for (const [i, hop] of hood.hops.entries()) {
      const where = `hop ${i + 1} (${hop.carrier})`;
      expect(ids, `${where}: from`).toContain(hop.from);
      expect(ids, `${where}: to`).toContain(hop.to);
      expect(hop.carrier.trim(), where).not.toBe('');
      expect(Boolean(hop.source) || hop.inference === true, `${where}: source or inference`).toBe(
        true,
      );
      if (hop.source) expect(hop.source.url, where).toMatch(/^https:\/\/\S+$/);
    }
    // Every place is on the way somewhere: a place no hop touches would be drawn for nothing.
    for (const id of ids)
      expect(
        hood.hops.some((h) => h.from === id || h.to === id),
        `place ${id}`,
      ).toBe(true);
  });

  it('says every label, note and summary in every language', async () => {
    const { hood } = await mechanism.hood();
    const texts = [
      hood.summary,
      ...hood.places.map((p) => p.label),
      ...hood.hops.map((h) => h.note),
    ];
    for (const text of texts) for (const lang of LANGS) expect(text[lang].trim()).not.toBe('');
  });

  it('names compat keys that the build found in @mdn/browser-compat-data', () => {
    expect(mechanism.compat.length).toBeGreaterThan(0);
    for (const key of mechanism.compat) expect(compatData.entries[key]?.key, key).toBe(key);
  });
});
