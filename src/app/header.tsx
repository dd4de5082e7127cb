import './header.css';
import './nav.css';
import { lazy, Suspense, useId, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n/use-t';
import { findMechanism, mechanisms } from '../mechanisms/registry';
import { Identity } from './identity';
import { Link, parseRoute, usePathname } from './router';
import { useCompact } from '../hooks/use-compact';

// The tools (another tab, side by side, presenter, theme, language) load beside the first paint:
// the first visit stays within its 90 KB budget.
const HeaderTools = lazy(() => import('./header-tools'));

/**
 * One row at every width. Wide (≥ 1200 px): the pages sit in a side rail and the tools in the row.
 * Narrower: the page switcher and the menu are disclosure buttons (the pages and tools open below
 * them), so 320 px windows (four side by side) keep the demo on screen; there (≤ 640 px) the
 * identity leaves the row for a band of its own below it. Disclosure pattern:
 * https://www.w3.org/WAI/ARIA/apg/patterns/disclosure/
 */
export function Header() {
  const t = useT();
  const id = useId();
  const compact = useCompact();
  const pathname = usePathname();
  // A menu belongs to the page it was opened on: choosing a page closes it.
  const [menu, setMenu] = useState<{ which: 'pages' | 'tools'; at: string } | null>(null);
  const open = menu?.at === pathname ? menu.which : null;
  const setOpen = (which: 'pages' | 'tools' | null) =>
    setMenu(which ? { which, at: pathname } : null);
  const toggle = (which: 'pages' | 'tools') => setOpen(open === which ? null : which);
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || open === null) return;
    const button = document.getElementById(`${id}-${open}`);
    setOpen(null);
    button?.focus();
  };
  const route = parseRoute(pathname);
  const mechanism = route.name === 'mechanism' ? findMechanism(route.id) : undefined;
  const current = mechanism
    ? t(mechanism.meta.titleKey)
    : route.name === 'compare'
      ? t('nav.compare')
      : t('nav.overview');

  return (
    <>
      <header className="app-header" onKeyDown={closeOnEscape}>
        <Link to="/" className="brand">
          <span className="brand__mark" aria-hidden="true">
            ⇄
          </span>
          <span className="brand__name">{t('app.name')}</span>
        </Link>
        <button
          type="button"
          id={`${id}-pages`}
          className="button app-header__switch"
          aria-expanded={open === 'pages'}
          aria-controls={`${id}-nav`}
          onClick={() => toggle('pages')}
        >
          <span className="visually-hidden">{t('header.pages')}: </span>
          <span className="app-header__current">{current}</span>
          <span aria-hidden="true">▾</span>
        </button>
        {compact ? null : <Identity band={false} />}
        <button
          type="button"
          id={`${id}-tools`}
          className="button app-header__menu"
          aria-expanded={open === 'tools'}
          aria-controls={`${id}-toolbox`}
          onClick={() => toggle('tools')}
        >
          <span aria-hidden="true">☰ </span>
          {t('header.menu')}
        </button>
        <Suspense fallback={<div id={`${id}-toolbox`} className="app-header__tools" />}>
          <HeaderTools id={`${id}-toolbox`} open={open === 'tools'} path={pathname} />
        </Suspense>
      </header>
      {compact ? <Identity band /> : null}
      <nav
        id={`${id}-nav`}
        className="app-nav"
        data-open={open === 'pages' ? 'true' : undefined}
        aria-label={t('header.nav')}
        onKeyDown={closeOnEscape}
      >
        <ul className="app-nav__list">
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
    </>
  );
}
