import { en } from './en';

export type MessageKey = keyof typeof en;
/** Every language has every key: a missing one fails the type check, and so the build. */
export type Dictionary = Record<MessageKey, string>;

export const LANGS = ['en', 'zh-CN'] as const;
export type Lang = (typeof LANGS)[number];

// English ships in the first bundle; other languages load when chosen, keeping the first visit small.
const loaded: Partial<Record<Lang, Dictionary>> = { en };
const loaders: Record<Lang, () => Promise<Dictionary>> = {
  en: () => Promise.resolve(en),
  'zh-CN': () => import('./zh-cn').then((m) => m.zhCN),
};

export async function loadDictionary(lang: Lang): Promise<void> {
  if (!loaded[lang]) loaded[lang] = await loaders[lang]();
}

export const isDictionaryLoaded = (lang: Lang) => loaded[lang] !== undefined;

export type Params = Record<string, string | number>;

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = loaded[lang]?.[key] ?? en[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
