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

/**
 * `?presenter=on|off` (in the address of a frame the iframe page holds) wins for this document and
 * is not remembered: a frame of another origin, or a sandboxed one, can't read the parent's
 * storage; then the remembered choice.
 */
const readPresenter = (): boolean => {
  const given =
    typeof window === 'undefined'
      ? null
      : new URLSearchParams(window.location.search).get('presenter');
  return given === 'on' || given === 'off' ? given === 'on' : readSetting(PRESENTER_KEY) === 'on';
};

const readTheme = (): Theme => {
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
