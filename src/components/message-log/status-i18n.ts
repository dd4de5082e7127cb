import { LANGS, registerMessages, registerTextSource, type Lang } from '../../i18n/dictionary';
import type { T } from '../../i18n/use-t';
import type { StatusSource, StatusTexts } from '../../lib/status-types';
import { saidText, type Said } from './said-part';
import type { createReader } from './status-reader';

// Transports say why their status changed in plain English ("connected", "listening from 12-4"),
// and pages write some status lines of their own (WebRTC's signalling, a SharedWorker's departed
// tab): that text is data to them, and the log is where a learner reads it. Known texts are
// translated, by their exact words or, for those that carry a value, by a pattern; anything else
// is shown as written. The lines several transports write are the log's own (status-en.ts); a
// line one mechanism writes is in its folder, handed over by the registry (`statusTexts`), so a
// transport stays free of the UI's languages and the log names no mechanism. In English the log
// shows these texts as written, so they and the reader load with another language only.
type Other = Exclude<Lang, 'en'>;

const own: StatusTexts = { 'zh-CN': () => import('./status-zh-cn') };
// The server's refusals, by their codes' English (shared/server-words.ts).
const server: StatusTexts = { 'zh-CN': () => import('./server-words.zh-cn') };
// Every source registered, and the English of those loaded, the log's own first.
const registered: StatusTexts[] = [];
const loaded = new Map<StatusTexts, StatusSource>();
let reader: ReturnType<typeof createReader> | null = null;

async function load(sources: readonly StatusTexts[], lang: Other) {
  const [module, ...texts] = await Promise.all([
    import('./status-reader'),
    ...sources.map(async (source) => {
      const translated = await source[lang]();
      loaded.set(source, translated.source);
      return [translated.source.texts, translated.texts] as const;
    }),
  ]);
  // English too, so a reader who switches back to English gets the words the transport wrote.
  const english = Object.assign({}, ...texts.map(([en]) => en)) as Record<string, string>;
  registerMessages({ ...emptyLangs(), en: english });
  reader = module.createReader(registered.flatMap((s) => loaded.get(s) ?? []));
  return { texts: Object.assign({}, ...texts.map(([, other]) => other)) as Record<string, string> };
}

const emptyLangs = () =>
  Object.fromEntries(LANGS.map((lang) => [lang, {}])) as Record<Lang, Record<string, string>>;

/** Status texts of the mechanisms (the registry's `statusTexts`), read back beside the log's own. */
export function registerStatusTexts(sources: readonly StatusTexts[]): void {
  registered.push(...sources);
  registerTextSource({ en: {}, load: { 'zh-CN': () => load(sources, 'zh-CN') } });
}

registerStatusTexts([own, server]);

/** A status text (or a page's status line) in the reader's language, in parts; null if unknown. */
export const readStatusReason = (t: T, reason: string): Said | null =>
  reader ? reader(t, reason) : null;

/** The same as one string: the browser's own words kept as written. */
export function translateStatusReason(t: T, reason: string): string | null {
  const said = readStatusReason(t, reason);
  return said ? saidText(said) : null;
}
