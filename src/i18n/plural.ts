import { useCallback } from 'react';
import { useAppStore } from '../store';
import { translate, type Lang, type MessageKey, type Params } from './dictionary';

/**
 * A text that counts something, one key per plural category: English says "1 gap" and "2 gaps"
 * (categories "one" and "other"); Chinese has one form ("1 处", "2 处"), so its two keys hold the
 * same text. The category is the language's own rule (CLDR), not `n === 1`.
 * https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Intl/PluralRules
 * https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html
 */
export type PluralKeys = { one: MessageKey; other: MessageKey };

const rules = new Map<Lang, Intl.PluralRules>();

/** The text for `count` in `lang`, with `{count}` and any other params filled in. */
export function translatePlural(
  lang: Lang,
  keys: PluralKeys,
  count: number,
  params?: Params,
): string {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  const key = rule.select(count) === 'one' ? keys.one : keys.other;
  return translate(lang, key, { count, ...params });
}

export type TPlural = (keys: PluralKeys, count: number, params?: Params) => string;

/** `translatePlural` in the language the page is shown in. */
export function usePlural(): TPlural {
  const lang = useAppStore((s) => s.settings.lang);
  return useCallback(
    (keys: PluralKeys, count: number, params?: Params) =>
      translatePlural(lang, keys, count, params),
    [lang],
  );
}
