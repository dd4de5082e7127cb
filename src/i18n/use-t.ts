import { useCallback } from 'react';
import { useAppStore } from '../store';
import { translate, type MessageKey, type Params } from './dictionary';

export type T = (key: MessageKey, params?: Params) => string;

export function useT(): T {
  const lang = useAppStore((s) => s.settings.lang);
  return useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang]);
}
