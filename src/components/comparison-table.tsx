import type { ReactNode } from 'react';
import { useT, type T } from '../i18n/use-t';
import type { MessageKey } from '../i18n/dictionary';
import type { MechanismMeta, MechanismTraits } from '../mechanisms/types';

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

const HEADER: Record<TraitColumn, MessageKey> = {
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

type Props = { metas: readonly MechanismMeta[]; renderName: (meta: MechanismMeta) => ReactNode };

export function ComparisonTable({ metas, renderName }: Props) {
  const t = useT();
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={t('compare.table')}>
      <table className="data-table compare-table">
        <caption>{t('compare.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.mechanism')}</th>
            {TRAIT_COLUMNS.map((column) => (
              <th key={column} scope="col">
                {t(HEADER[column])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {metas.map((meta) => (
            <tr key={meta.id} data-mechanism={meta.id}>
              <th scope="row">{renderName(meta)}</th>
              {TRAIT_COLUMNS.map((column) => (
                <td key={column} data-trait={column}>
                  {traitText(t, meta, column)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
