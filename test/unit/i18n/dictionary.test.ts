import { describe, expect, it } from 'vitest';
import { loadDictionary, translate } from '../../../src/i18n/dictionary';
import { detectLang, normalizeLang } from '../../../src/i18n/detect';
import { en } from '../../../src/i18n/en';
import { zhCN } from '../../../src/i18n/zh-cn';

describe('dictionaries', () => {
  it('zh-CN has every English key, each with text, and keeps every {placeholder}', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(zhCN[key].trim(), key).not.toBe('');
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(zhCN[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', async () => {
    expect(translate('en', 'log.count', { shown: 1, total: 2 })).toBe('1 of 2 entries');
    await loadDictionary('zh-CN');
    expect(translate('zh-CN', 'log.count', { shown: 1, total: 2 })).toBe('共 2 条，显示 1 条');
    expect(translate('en', 'log.count', { shown: 1 })).toBe('1 of {total} entries');
  });
});

describe('language detection', () => {
  it('normalises language tags', () => {
    expect(normalizeLang('zh')).toBe('zh-CN');
    expect(normalizeLang('zh-Hans-CN')).toBe('zh-CN');
    expect(normalizeLang('en-GB')).toBe('en');
    expect(normalizeLang('fr')).toBeNull();
  });

  it('prefers ?lang=, remembers it, and otherwise uses the remembered choice', () => {
    window.history.replaceState(null, '', '/?lang=zh-CN');
    expect(detectLang()).toBe('zh-CN');
    window.history.replaceState(null, '', '/');
    expect(detectLang()).toBe('zh-CN');
    localStorage.clear();
    expect(detectLang()).toBe('en'); // jsdom's navigator.language is en-US
  });
});

describe("mechanisms' own texts", () => {
  const files = import.meta.glob<Record<string, Record<string, string>>>(
    '../../../src/mechanisms/*/i18n.ts',
    { eager: true },
  );

  it.each(Object.entries(files))(
    '%s has every key in Chinese, with the same placeholders',
    (_file, module) => {
      const [english, chinese] = Object.values(module).filter((v) => typeof v === 'object') as [
        Record<string, string>,
        Record<string, string>,
      ];
      expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      for (const key of Object.keys(english))
        expect(placeholders(chinese[key] ?? ''), key).toEqual(placeholders(english[key] ?? ''));
    },
  );

  it('registers them when a page loads, and keeps core keys apart', () => {
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(4);
    expect(translate('zh-CN', 'ifr.verify')).toBe('验证发送方来源');
    expect(translate('en', 'pop.open')).toBe('Open popup');
  });
});
