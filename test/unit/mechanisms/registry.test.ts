import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasMessage, loadTextSource } from '../../../src/i18n/dictionary';
import { findMechanism, mechanisms } from '../../../src/mechanisms/registry';
import type { MechanismTraits } from '../../../src/lib/mechanism-types';

const TRAITS: Record<keyof MechanismTraits, (value: unknown) => boolean> = {
  scope: (v) => ['same-tab', 'same-origin', 'cross-origin', 'via-server'].includes(v as string),
  direction: (v) =>
    ['one-to-one', 'one-to-many', 'many-to-many', 'server-to-client'].includes(v as string),
  needsServer: (v) => typeof v === 'boolean',
  reachesSender: (v) => typeof v === 'boolean',
  payload: (v) => ['structured-clone', 'string', 'string-or-binary'].includes(v as string),
  binary: (v) => typeof v === 'boolean',
  ordering: (v) => ['ordered', 'ordered-per-sender', 'not-guaranteed'].includes(v as string),
  survivesReload: (v) => typeof v === 'boolean',
  autoReconnect: (v) => ['yes', 'no', 'not-applicable'].includes(v as string),
  // Keys of the trait texts, which load with /compare: checked against them below.
  limitsKey: (v) => typeof v === 'string',
  typicalUseKey: (v) => typeof v === 'string',
  gotchaKey: (v) => typeof v === 'string',
};

const folders = readdirSync(resolve(process.cwd(), 'src/mechanisms'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('mechanism registry', () => {
  it('has unique kebab-case ids', () => {
    const ids = mechanisms.map((m) => m.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('lists every mechanism folder, and each id equals its folder name', () => {
    expect(mechanisms.map((m) => m.meta.id).sort()).toEqual(folders);
  });

  it.each(mechanisms.map((m) => [m.meta.id, m] as const))(
    '%s has every trait, with a valid value',
    (_id, mechanism) => {
      expect(Object.keys(mechanism.meta.traits).sort()).toEqual(Object.keys(TRAITS).sort());
      for (const [trait, valid] of Object.entries(TRAITS)) {
        expect(
          valid(mechanism.meta.traits[trait as keyof MechanismTraits]),
          `${trait} of ${mechanism.meta.id}`,
        ).toBe(true);
      }
    },
  );

  it.each(mechanisms.map((m) => [m.meta.id, m] as const))(
    '%s has texts in both languages, an MDN link, a page and a transport',
    async (_id, mechanism) => {
      const { meta } = mechanism;
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      const zh = (await mechanism.texts.load['zh-CN']()).texts;
      const traitsEn = (await mechanism.traitTexts.en()).texts;
      const traitsZh = (await mechanism.traitTexts['zh-CN']()).texts;
      // Title and summary are core texts (the first visit needs them); the trait texts are not.
      const sets = [
        [mechanism.texts.en, zh, [meta.titleKey, meta.summaryKey]],
        [
          traitsEn,
          traitsZh,
          [meta.traits.limitsKey, meta.traits.typicalUseKey, meta.traits.gotchaKey],
        ],
      ] as const;
      for (const [en, chinese, keys] of sets) {
        expect(Object.keys(chinese).sort()).toEqual(Object.keys(en).sort());
        for (const key of keys) {
          expect(en[key]?.length, key).toBeGreaterThan(0);
          expect(chinese[key]?.length, key).toBeGreaterThan(0);
        }
        for (const [key, text] of Object.entries(en))
          expect(placeholders(chinese[key] ?? ''), key).toEqual(placeholders(text));
      }
      // The reason a mechanism cannot race is read only by the Race on /compare: it loads there too.
      const cannot = 'cannot' in mechanism.race ? [mechanism.race.cannot] : [];
      expect(Object.keys(traitsEn).sort()).toEqual(
        [meta.traits.gotchaKey, meta.traits.limitsKey, meta.traits.typicalUseKey, ...cannot].sort(),
      );
      for (const key of Object.keys(traitsEn)) expect(mechanism.texts.en).not.toHaveProperty(key);
      expect(meta.mdn).toMatch(/^https:\/\/developer\.mozilla\.org\//);
      expect(meta.defaultAddress.length).toBeGreaterThan(0);
      expect(typeof meta.canBeUsed()).toBe('boolean');
      expect(mechanism.Page).toBeDefined();
      expect(typeof mechanism.createTransport).toBe('function');
    },
  );

  it.each(mechanisms.map((m) => [m.meta.id, m] as const))(
    '%s has a race rig or a reason it cannot race, and reasons a message may not arrive',
    async (_id, mechanism) => {
      if ('cannot' in mechanism.race) {
        const { cannot } = mechanism.race;
        // Not a core text: the first visit does not carry it (it loads with /compare's texts).
        expect(hasMessage(cannot)).toBe(false);
        await loadTextSource(mechanism.traitTexts);
        expect(hasMessage(cannot)).toBe(true);
        expect((await mechanism.traitTexts['zh-CN']()).texts).toHaveProperty(cannot);
      } else {
        const rig = await mechanism.race.load();
        expect(rig.id).toBe(mechanism.meta.id);
        expect(rig.counterpart.length).toBeGreaterThan(0);
      }
      const { reasons } = await mechanism.whyNotArrived();
      expect(reasons.en.length).toBeGreaterThan(0);
      expect(reasons['zh-CN'].length).toBe(reasons.en.length);
      expect(['server', 'worker', 'place']).toContain(mechanism.flow.sendsTo);
      expect(typeof mechanism.receipts.hearsBack).toBe('boolean');
    },
  );

  it('finds mechanisms by id', () => {
    expect(findMechanism('broadcast-channel')?.meta.id).toBe('broadcast-channel');
    expect(findMechanism('nope')).toBeUndefined();
  });
});
