import './mechanism-header.css';
import { useT } from '../i18n/use-t';
import type { MechanismMeta } from '../lib/mechanism-types';
import { useAppStore } from '../store';
import { Notice } from './notice';

export function MechanismHeader({ meta }: { meta: MechanismMeta }) {
  const t = useT();
  // English sets sentences apart with a space; Chinese runs them on after "。" (a space there
  // read as a stray gap before "提示").
  const gap = useAppStore((s) => (s.settings.lang === 'zh-CN' ? '' : ' '));
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
        {t(meta.summaryKey)}
        {gap}
        <span className="mechanism-header__tip">{t(meta.tipKey ?? 'page.tryTabs')}</span>
      </p>
      {usable ? null : <Notice tone="warning">{t('page.unsupported')}</Notice>}
    </header>
  );
}
