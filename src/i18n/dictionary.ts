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

type TextLoader = () => Promise<{ texts: Readonly<Record<string, string>> }>;

/**
 * A mechanism's core texts (src/mechanisms/<id>/texts.ts): English at once, since the navigation
 * and the overview need them on the first visit; every other language when it is chosen.
 */
export type TextSource = {
  en: Readonly<Record<string, string>>;
  load: Record<Exclude<Lang, 'en'>, TextLoader>;
};

/**
 * Texts that only one view reads (the comparison table's trait texts): English too loads when that
 * view asks for them (`loadTextSource`), and every language chosen after that with the rest.
 */
export type LazyTextSource = Record<Lang, TextLoader>;

// Loaders of the languages that are not in the first bundle, and the languages asked for so far
// (a source added later still gets a language whose dictionary is on its way).
const sources: Array<Partial<Record<Lang, TextLoader>>> = [];
const wanted = new Set<Lang>(['en']);

const loadSource = async (source: Partial<Record<Lang, TextLoader>>, lang: Lang) => {
  const load = source[lang];
  if (load) Object.assign(extra[lang], (await load()).texts);
};

function addSource(source: Partial<Record<Lang, TextLoader>>): Promise<unknown> {
  sources.push(source);
  return Promise.all([...wanted].map((lang) => loadSource(source, lang)));
}

export function registerTextSource(source: TextSource): void {
  Object.assign(extra.en, source.en);
  void addSource(source.load).catch(() => undefined);
}

const lazySources = new Map<LazyTextSource, Promise<void>>();

/** Loads a lazy source in every language asked for so far (once; again after a failure). */
export function loadTextSource(source: LazyTextSource): Promise<void> {
  let loading = lazySources.get(source);
  if (!loading) {
    loading = addSource(source).then(() => undefined);
    loading.catch(() => {
      lazySources.delete(source);
      const at = sources.indexOf(source);
      if (at >= 0) sources.splice(at, 1);
    });
    lazySources.set(source, loading);
  }
  return loading;
}

export async function loadDictionary(lang: Lang): Promise<void> {
  if (loaded[lang]) return;
  wanted.add(lang);
  const [dictionary] = await Promise.all([
    loaders[lang](),
    ...sources.map((source) => loadSource(source, lang)),
  ]);
  loaded[lang] = dictionary;
}

export function registerMessages(messages: Record<Lang, Record<string, string>>): void {
  for (const lang of LANGS) Object.assign(extra[lang], messages[lang]);
}

/** Whether a key has a text (used for reason codes that arrive as data). */
export const hasMessage = (key: string): key is MessageKey => key in en || key in extra.en;

export type Params = Record<string, string | number | boolean>;

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
