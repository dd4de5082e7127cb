import { describe, expect, it, vi } from 'vitest';
import {
  hasMessage,
  loadDictionary,
  loadTextSource,
  translate,
  type MessageKey,
} from '../../../src/i18n/dictionary';
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

describe('lazy text sources', () => {
  const key = 'lazy.test' as MessageKey;

  it('add nothing until asked, then every language asked for so far, once', async () => {
    let loads = 0;
    const loader = (text: string) => async () => {
      loads++;
      return { texts: { 'lazy.test': text } };
    };
    const source = { en: loader('Lazy'), 'zh-CN': loader('懒加载') };
    await loadDictionary('zh-CN');
    expect(hasMessage(key)).toBe(false);
    await loadTextSource(source);
    expect(translate('en', key)).toBe('Lazy');
    expect(translate('zh-CN', key)).toBe('懒加载');
    await loadTextSource(source);
    expect(loads).toBe(2);
  });

  it('bring their texts in a language chosen later, with its dictionary', async () => {
    vi.resetModules(); // a dictionary module that has loaded English only
    const fresh = await import('../../../src/i18n/dictionary');
    await fresh.loadTextSource({
      en: async () => ({ texts: { 'lazy.later': 'Later' } }),
      'zh-CN': async () => ({ texts: { 'lazy.later': '稍后' } }),
    });
    expect(fresh.translate('zh-CN', 'lazy.later' as MessageKey)).toBe('Later');
    await fresh.loadDictionary('zh-CN');
    expect(fresh.translate('zh-CN', 'lazy.later' as MessageKey)).toBe('稍后');
  });

  it('try again after a failure', async () => {
    let fail = true;
    const source = {
      en: async () => {
        if (fail) throw new Error('offline');
        return { texts: { 'lazy.retry': 'Back' } };
      },
      'zh-CN': async () => ({ texts: { 'lazy.retry': '回来了' } }),
    };
    await expect(loadTextSource(source)).rejects.toThrow('offline');
    fail = false;
    await loadTextSource(source);
    expect(translate('en', 'lazy.retry' as MessageKey)).toBe('Back');
  });
});
