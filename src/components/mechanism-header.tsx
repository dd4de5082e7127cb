import { useT } from '../i18n/use-t';
import type { MechanismMeta } from '../lib/mechanism-types';
import { Notice } from './notice';

export function MechanismHeader({ meta }: { meta: MechanismMeta }) {
  const t = useT();
  const usable = meta.canBeUsed();
  return (
    <header className="mechanism-header">
      <h1>{t(meta.titleKey)}</h1>
      <p className="lead">{t(meta.summaryKey)}</p>
      <p className="mechanism-header__links">
        <a href={meta.mdn} target="_blank" rel="noreferrer">
          {t('page.mdn')}
        </a>
        <span aria-hidden="true"> · </span>
        <span>{t('page.tryTabs')}</span>
      </p>
      {usable ? null : <Notice tone="warning">{t('page.unsupported')}</Notice>}
    </header>
  );
}
