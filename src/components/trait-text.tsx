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

/** A trait as words (and a symbol for yes/no, so colour is never the only signal). */
export function traitText(t: T, meta: MechanismMeta, trait: TraitColumn): string {
  const value = meta.traits[trait];
  if (typeof value === 'boolean')
    return `${value ? '✓' : '✗'} ${t(value ? 'trait.yes' : 'trait.no')}`;
  if (trait === 'limitsKey' || trait === 'typicalUseKey' || trait === 'gotchaKey')
    return t(value as MessageKey);
  if (value === 'not-applicable') return `— ${t('trait.notApplicable')}`;
  if (value === 'yes' || value === 'no')
    return `${value === 'yes' ? '✓' : '✗'} ${t(value === 'yes' ? 'trait.yes' : 'trait.no')}`;
  return t(`trait.${trait}.${value}` as MessageKey);
}

export function TraitValue({ meta, trait }: { meta: MechanismMeta; trait: TraitColumn }) {
  const t = useT();
  return <>{traitText(t, meta, trait)}</>;
}
