import './header-tools.css';
import { lazy, Suspense, useId, useState } from 'react';
import { LANGS, type Lang } from '../i18n/dictionary';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../store';
import { THEMES, type Theme } from '../store/settings-slice';

// Loaded when the menu first opens: the first visit does not pay for it.
const PeersMenu = lazy(() => import('./peers-menu'));

const LANG_NAMES: Record<Lang, string> = { en: 'English', 'zh-CN': '简体中文' };

/** Another tab, side by side, presenter mode, theme and language: in the row, or in the menu. */
export default function HeaderTools({
  id,
  open,
  path,
}: {
  id: string;
  open: boolean;
  path: string;
}) {
  const t = useT();
  const fieldId = useId();
  const lang = useAppStore((s) => s.settings.lang);
  const theme = useAppStore((s) => s.settings.theme);
  const presenter = useAppStore((s) => s.settings.presenter);
  const { setLang, setPresenter, setTheme } = useAppStore.getState();
  const [peersOpen, setPeersOpen] = useState(false);

  return (
    <div id={id} className="app-header__tools" data-open={open ? 'true' : undefined}>
      <a className="button" href={path} target="_blank" rel="noopener">
        {t('header.openTab')}
      </a>
      <details className="peers-details" onToggle={(e) => setPeersOpen(e.currentTarget.open)}>
        <summary className="button">{t('header.sideBySide')}</summary>
        {peersOpen ? (
          <div className="peers-details__panel">
            <Suspense fallback="…">
              <PeersMenu path={path} />
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
      <label htmlFor={`${fieldId}-theme`} className="visually-hidden">
        {t('header.theme')}
      </label>
      <select
        id={`${fieldId}-theme`}
        value={theme}
        onChange={(e) => setTheme(e.target.value as Theme)}
      >
        {THEMES.map((option) => (
          <option key={option} value={option}>
            {t(`theme.${option}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${fieldId}-lang`} className="visually-hidden">
        {t('header.language')}
      </label>
      <select id={`${fieldId}-lang`} value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANG_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
