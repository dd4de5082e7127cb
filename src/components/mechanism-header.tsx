import './mechanism-header.css';
import { useT } from '../i18n/use-t';
import type { MechanismMeta } from '../lib/mechanism-types';
import { Notice } from './notice';

export function MechanismHeader({ meta }: { meta: MechanismMeta }) {
  const t = useT();
  const usable = meta.canBeUsed();
  return (
    <header className="mechanism-header">
      <div className="mechanism-header__title">
        <h1>{t(meta.titleKey)}</h1>
        <a href={meta.mdn} target="_blank" rel="noreferrer">
          {t('page.mdn')}
        </a>
      </div>
      <p className="lead">
        {t(meta.summaryKey)} <span className="mechanism-header__tip">{t('page.tryTabs')}</span>
      </p>
      {usable ? null : <Notice tone="warning">{t('page.unsupported')}</Notice>}
    </header>
  );
}
