import type { StateCreator } from 'zustand';
import { loadDictionary, type Lang } from '../i18n/dictionary';
import { detectLang, LANG_KEY } from '../i18n/detect';
import { readSetting, writeSetting } from '../lib/safe-storage';
import type { AppState } from './index';

const PRESENTER_KEY = 'comms-lab:presenter';

export type SettingsSlice = {
  settings: { lang: Lang; presenter: boolean };
  setLang: (lang: Lang) => Promise<void>;
  setPresenter: (on: boolean) => void;
};

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => ({
  settings: { lang: detectLang(), presenter: readSetting(PRESENTER_KEY) === 'on' },
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
});
