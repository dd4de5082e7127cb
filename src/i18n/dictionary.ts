import { en } from './en';

/**
 * Keys of the texts that mechanisms bring with their pages. Each mechanism's i18n.ts adds its keys
 * here (TypeScript module augmentation), so `t('ifr.sendTitle')` is checked like a core key.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface MechanismMessages {}

export type CoreKey = keyof typeof en;
export type MessageKey = CoreKey | keyof MechanismMessages;
/** Every language has every core key: a missing one fails the type check, and so the build. */
export type Dictionary = Record<CoreKey, string>;

export const LANGS = ['en', 'zh-CN'] as const;
export type Lang = (typeof LANGS)[number];

// English ships in the first bundle; other languages load when chosen, keeping the first visit small.
const loaded: Partial<Record<Lang, Dictionary>> = { en };
const loaders: Record<Lang, () => Promise<Dictionary>> = {
  en: () => Promise.resolve(en),
  'zh-CN': () => import('./zh-cn').then((m) => m.zhCN),
};
// A page's own texts, in both languages, registered when its (lazy) module loads.
const extra: Record<Lang, Record<string, string>> = { en: {}, 'zh-CN': {} };

/**
 * A mechanism's core texts (src/mechanisms/<id>/texts.ts): English at once, since the navigation
 * and the table need them on the first visit; every other language when it is chosen.
 */
export type TextSource = {
  en: Readonly<Record<string, string>>;
  load: Record<Exclude<Lang, 'en'>, () => Promise<{ texts: Readonly<Record<string, string>> }>>;
};
const sources: TextSource[] = [];

const loadSource = async (source: TextSource, lang: Exclude<Lang, 'en'>) =>
  Object.assign(extra[lang], (await source.load[lang]()).texts);

export function registerTextSource(source: TextSource): void {
  sources.push(source);
  Object.assign(extra.en, source.en);
  for (const lang of LANGS)
    if (lang !== 'en' && loaded[lang]) void loadSource(source, lang).catch(() => undefined);
}

export async function loadDictionary(lang: Lang): Promise<void> {
  if (loaded[lang]) return;
  const [dictionary] = await Promise.all([
    loaders[lang](),
    ...(lang === 'en' ? [] : sources.map((source) => loadSource(source, lang))),
  ]);
  loaded[lang] = dictionary;
}

export function registerMessages(messages: Record<Lang, Record<string, string>>): void {
  for (const lang of LANGS) Object.assign(extra[lang], messages[lang]);
}

export const isDictionaryLoaded = (lang: Lang) => loaded[lang] !== undefined;

/** Whether a key has a text (used for reason codes that arrive as data). */
export const hasMessage = (key: string): key is MessageKey => key in en || key in extra.en;

export type Params = Record<string, string | number>;

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template =
    (loaded[lang] as Record<string, string> | undefined)?.[key] ??
    extra[lang][key] ??
    (en as Record<string, string>)[key] ??
    extra.en[key] ??
    key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
