import { lazy, Suspense, useId, useState } from 'react';
import { PeerBadge } from '../components/peer-badge';
import { useSelf } from '../hooks/use-self';
import { LANGS, type Lang } from '../i18n/dictionary';
import { useT } from '../i18n/use-t';
import { mechanisms } from '../mechanisms/registry';
import { useAppStore } from '../store';
import { Link, usePathname } from './router';

// Loaded when the menu first opens: the first visit does not pay for it.
const PeersMenu = lazy(() => import('./peers-menu'));

const LANG_NAMES: Record<Lang, string> = { en: 'English', 'zh-CN': '简体中文' };

export function Header() {
  const t = useT();
  const id = useId();
  const self = useSelf();
  const pathname = usePathname();
  const lang = useAppStore((s) => s.settings.lang);
  const presenter = useAppStore((s) => s.settings.presenter);
  const { setLang, setPresenter } = useAppStore.getState();
  const [peersOpen, setPeersOpen] = useState(false);

  return (
    <header className="app-header">
      <div className="app-header__top">
        <Link to="/" className="brand">
          <span className="brand__mark" aria-hidden="true">
            ⇄
          </span>{' '}
          {t('app.name')}
        </Link>
        <div className="identity" role="group" aria-label={t('header.identity')}>
          <span className="identity__label">{t('header.thisTab')} </span>
          <PeerBadge peer={self} />
        </div>
        <div className="app-header__tools">
          <a className="button" href={pathname} target="_blank" rel="noopener">
            {t('header.openTab')}
          </a>
          <details
            className="peers-details"
            onToggle={(event) => setPeersOpen(event.currentTarget.open)}
          >
            <summary className="button">{t('header.sideBySide')}</summary>
            {peersOpen ? (
              <div className="peers-details__panel">
                <Suspense fallback="…">
                  <PeersMenu path={pathname} />
                </Suspense>
              </div>
            ) : null}
          </details>
          <button
            type="button"
            className="button"
            aria-pressed={presenter}
            onClick={() => setPresenter(!presenter)}
          >
            {t('header.presenter')}
          </button>
          <label htmlFor={`${id}-lang`} className="visually-hidden">
            {t('header.language')}
          </label>
          <select id={`${id}-lang`} value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANG_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <nav aria-label={t('header.nav')}>
        <ul className="nav">
          <li>
            <Link to="/">{t('nav.overview')}</Link>
          </li>
          {mechanisms.map(({ meta }) => (
            <li key={meta.id}>
              <Link to={`/m/${meta.id}`}>{t(meta.titleKey)}</Link>
            </li>
          ))}
          <li>
            <Link to="/compare">{t('nav.compare')}</Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
