import './trait-i18n';
import { useT, type T } from '../i18n/use-t';
import type { MessageKey } from '../i18n/dictionary';
import type { MechanismMeta, MechanismTraits } from '../lib/mechanism-types';

// Traits as words: the overview's cards and the comparison table share them.
export const TRAIT_COLUMNS = [
  'scope',
  'direction',
  'needsServer',
  'reachesSender',
  'payload',
  'binary',
  'ordering',
  'survivesReload',
  'autoReconnect',
  'limitsKey',
  'typicalUseKey',
  'gotchaKey',
] as const satisfies ReadonlyArray<keyof MechanismTraits>;
export type TraitColumn = (typeof TRAIT_COLUMNS)[number];

export const HEADER: Record<TraitColumn, MessageKey> = {
  scope: 'trait.scope',
  direction: 'trait.direction',
  needsServer: 'trait.needsServer',
  reachesSender: 'trait.reachesSender',
  payload: 'trait.payload',
  binary: 'trait.binary',
  ordering: 'trait.ordering',
  survivesReload: 'trait.survivesReload',
  autoReconnect: 'trait.autoReconnect',
  limitsKey: 'trait.limits',
  typicalUseKey: 'trait.typicalUse',
  gotchaKey: 'trait.gotcha',
};

/**
 * Neutral marks for yes and no: a trait is a fact, not a grade ("needs a server: no" is often the
 * good answer), so no tick or cross. A filled dot is yes, a ring is no, a dash does not apply.
 */
export const TRAIT_MARK = { yes: '●', no: '○', notApplicable: '—' } as const;

/** A yes/no trait's mark and word, or undefined for traits that are words. */
export function traitMark(t: T, meta: MechanismMeta, trait: TraitColumn) {
  const value = meta.traits[trait];
  if (value === true || value === 'yes') return { mark: TRAIT_MARK.yes, word: t('trait.yes') };
  if (value === false || value === 'no') return { mark: TRAIT_MARK.no, word: t('trait.no') };
  if (value === 'not-applicable')
    return { mark: TRAIT_MARK.notApplicable, word: t('trait.notApplicable') };
  return undefined;
}

/** A trait as words (with its mark for yes/no, so colour is never the only signal). */
export function traitText(t: T, meta: MechanismMeta, trait: TraitColumn): string {
  const mark = traitMark(t, meta, trait);
  if (mark) return `${mark.mark} ${mark.word}`;
  const value = meta.traits[trait];
  if (trait === 'limitsKey' || trait === 'typicalUseKey' || trait === 'gotchaKey')
    return t(value as MessageKey);
  return t(`trait.${trait}.${value}` as MessageKey);
}

/**
 * A trait's short form for the comparison table (same tab, 1 → n, clone), or undefined where the
 * mark or the word is short already. The cell keeps the whole word for screen readers.
 */
export function traitShort(t: T, meta: MechanismMeta, trait: TraitColumn): string | undefined {
  const value = meta.traits[trait];
  if (value === 'not-applicable') return t('trait.short.notApplicable');
  if (trait === 'scope' || trait === 'direction' || trait === 'payload' || trait === 'ordering')
    return t(`trait.short.${trait}.${value}` as MessageKey);
  return undefined;
}

export function TraitValue({ meta, trait }: { meta: MechanismMeta; trait: TraitColumn }) {
  const t = useT();
  return <>{traitText(t, meta, trait)}</>;
}
