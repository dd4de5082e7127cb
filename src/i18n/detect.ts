import { readSetting, writeSetting } from '../lib/safe-storage';
import type { Lang } from './dictionary';

export const LANG_KEY = 'comms-lab:lang';

export function normalizeLang(value: string | null | undefined): Lang | null {
  if (!value) return null;
  const lower = value.toLowerCase();
  if (lower.startsWith('zh')) return 'zh-CN';
  if (lower.startsWith('en')) return 'en';
  return null;
}

/** `?lang=` wins and is remembered; then the remembered choice; then the browser's languages. */
export function detectLang(): Lang {
  if (typeof window === 'undefined') return 'en';
  const fromQuery = normalizeLang(new URLSearchParams(window.location.search).get('lang'));
  if (fromQuery) {
    writeSetting(LANG_KEY, fromQuery);
    return fromQuery;
  }
  const stored = normalizeLang(readSetting(LANG_KEY));
  if (stored) return stored;
  for (const candidate of navigator.languages ?? [navigator.language]) {
    const lang = normalizeLang(candidate);
    if (lang) return lang;
  }
  return 'en';
}
