import type { StateCreator } from 'zustand';
import { loadDictionary, type Lang } from '../i18n/dictionary';
import { detectLang, LANG_KEY } from '../i18n/detect';
import { readSetting, writeSetting } from '../lib/safe-storage';
import type { AppState } from './index';

const PRESENTER_KEY = 'comms-lab:presenter';
const THEME_KEY = 'comms-lab:theme';
const LOG_PLACE_KEY = 'comms-lab:log-place';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
/** Where the docked log sits on a wide screen: below the stage, or beside it. */
export type LogPlace = 'below' | 'beside';

/** A setting given in this document's address (`?presenter=on`), or null. */
const given = (name: string): string | null =>
  typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get(name);

/**
 * `?presenter=on|off` (in the address of a frame the iframe page holds) wins for this document and
 * is not remembered: a frame of another origin, or a sandboxed one, can't read the parent's
 * storage; then the remembered choice.
 */
const readPresenter = (): boolean => {
  const word = given('presenter');
  return word === 'on' || word === 'off' ? word === 'on' : readSetting(PRESENTER_KEY) === 'on';
};

const isTheme = (value: string | null): value is Theme => THEMES.includes(value as Theme);

/**
 * The theme, the same way: `?theme=light|dark|system` from the parent page wins and is not
 * remembered (the sandboxed frame has no storage, the cross-origin one its own). "system" is
 * passed too: a frame's prefers-color-scheme is the browser's, as its parent's is, and the word
 * keeps a setting the other origin remembered from speaking over the parent's.
 */
const readTheme = (): Theme => {
  const word = given('theme');
  if (isTheme(word)) return word;
  const stored = readSetting(THEME_KEY);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
};

export type SettingsSlice = {
  settings: { lang: Lang; presenter: boolean; theme: Theme; logPlace: LogPlace };
  setLang: (lang: Lang) => Promise<void>;
  setPresenter: (on: boolean) => void;
  setTheme: (theme: Theme) => void;
  setLogPlace: (place: LogPlace) => void;
};

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => ({
  settings: {
    lang: detectLang(),
    presenter: readPresenter(),
    theme: readTheme(),
    logPlace: readSetting(LOG_PLACE_KEY) === 'beside' ? 'beside' : 'below',
  },
  setLang: async (lang) => {
    writeSetting(LANG_KEY, lang);
    try {
      await loadDictionary(lang);
    } catch (error) {
      // Offline or the chunk is gone: keep the current language rather than show missing text.
      console.error('[comms-lab] could not load language', lang, error);
      return;
    }
    set((s) => ({ settings: { ...s.settings, lang } }));
  },
  setPresenter: (presenter) => {
    writeSetting(PRESENTER_KEY, presenter ? 'on' : 'off');
    set((s) => ({ settings: { ...s.settings, presenter } }));
  },
  setTheme: (theme) => {
    writeSetting(THEME_KEY, theme);
    set((s) => ({ settings: { ...s.settings, theme } }));
  },
  setLogPlace: (logPlace) => {
    writeSetting(LOG_PLACE_KEY, logPlace);
    set((s) => ({ settings: { ...s.settings, logPlace } }));
  },
});
