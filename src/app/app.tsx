import './app.css';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { LogPanel } from '../components/message-log/log-panel';
import { LoadFailed } from '../components/load-failed';
import { loadTextSource } from '../i18n/dictionary';
import { useT } from '../i18n/use-t';
import { CatalogContext } from '../hooks/use-catalog';
import { catalog, findMechanism, mechanisms } from '../mechanisms/registry';
import { useAppStore } from '../store';
import { ErrorBoundary } from '../components/error-boundary';
import { Header } from './header';
import { parseRoute, revealWhenThere, usePathname, type Route } from './router';

// With every mechanism's trait texts (limits, typical use, the gotcha): only this page reads them.
const ComparePage = lazy(() =>
  Promise.all([
    import('./compare-page'),
    ...mechanisms.map((m) => loadTextSource(m.traitTexts)),
  ]).then(([page]) => page),
);
// Lazy like every page, so the first visit to any route stays within its budget
// (test/integration/build/bundle-size.test.ts).
const OverviewPage = lazy(() => import('./overview-page'));
// "Under the hood" and "Where it works" under every mechanism page: lazy, so the shell stays small.
const MechanismExtras = lazy(() => import('../components/mechanism-extras'));
// A wrong address is rare: its page loads when one is opened.
const NotFoundPage = lazy(() => import('./not-found-page'));

function RouteContent({ route }: { route: Route }) {
  switch (route.name) {
    case 'overview':
      return <OverviewPage />;
    case 'compare':
      return <ComparePage />;
    case 'mechanism': {
      const mechanism = findMechanism(route.id);
      return mechanism ? (
        <>
          <mechanism.Page />
          <MechanismExtras mechanism={mechanism} />
        </>
      ) : (
        <NotFoundPage path={`/m/${route.id}`} />
      );
    }
    case 'peer': {
      const Peer = findMechanism(route.id)?.Peer;
      return Peer ? <Peer /> : <NotFoundPage path={`/peer/${route.id}`} />;
    }
    case 'not-found':
      return <NotFoundPage path={route.path} />;
    default: {
      const never: never = route;
      return never;
    }
  }
}

function useDocumentSettings(route: Route) {
  const t = useT();
  const lang = useAppStore((s) => s.settings.lang);
  const presenter = useAppStore((s) => s.settings.presenter);
  const theme = useAppStore((s) => s.settings.theme);
  useEffect(() => {
    const root = document.documentElement;
    root.lang = lang;
    root.classList.toggle('presenter', presenter);
    // "System" leaves it to prefers-color-scheme (see styles/tokens.css).
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [lang, presenter, theme]);
  useEffect(() => {
    const mechanism =
      route.name === 'mechanism' || route.name === 'peer' ? findMechanism(route.id) : undefined;
    const page = mechanism
      ? t(mechanism.meta.titleKey)
      : route.name === 'compare'
        ? t('nav.compare')
        : route.name === 'not-found'
          ? t('notFound.title')
          : t('nav.overview');
    document.title = `${page} · ${t('app.name')}`;
  }, [route, t]);
}

/**
 * The other side of a mechanism (a frame, a popup): just its panel, no header, nav or log. Its
 * landmark is named by the peer's own heading (its name) once that is drawn: a page with three
 * frames has four mains, and unnamed they are ambiguous in a screen reader's landmark list (axe
 * landmark-unique, which counts a page's frames too).
 */
function PeerShell({ route }: { route: Route }) {
  const t = useT();
  const ref = useRef<HTMLElement>(null);
  const [heading, setHeading] = useState<string>();
  useEffect(() => {
    const main = ref.current;
    if (!main) return;
    // The peer page loads lazily: its heading arrives after this effect. Its id is stable (useId).
    const find = () => {
      const h1 = main.querySelector('h1[id]');
      if (!h1) return;
      setHeading(h1.id);
      observer.disconnect();
    };
    const observer = new MutationObserver(find);
    observer.observe(main, { childList: true, subtree: true });
    find();
    return () => observer.disconnect();
  }, []);
  return (
    <main ref={ref} className="peer-shell" aria-labelledby={heading}>
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
        <RouteContent route={route} />
      </Suspense>
    </main>
  );
}

export function App() {
  const pathname = usePathname();
  const route = useMemo(() => parseRoute(pathname), [pathname]);
  useDocumentSettings(route);
  // Opened at a #spot (a link from the comparison table, in a new tab): go there once it is drawn.
  useEffect(() => {
    const hash = window.location.hash.slice(1);
    if (hash && hash !== 'main') revealWhenThere(hash);
  }, []);
  return (
    <CatalogContext value={catalog}>
      {route.name === 'peer' && findMechanism(route.id)?.Peer ? (
        <PeerShell route={route} />
      ) : (
        <Shell route={route} pathname={pathname} />
      )}
    </CatalogContext>
  );
}

function Shell({ route, pathname }: { route: Route; pathname: string }) {
  const t = useT();
  const beside = useAppStore((s) => s.settings.logPlace === 'beside');
  const titles = useMemo(
    () => Object.fromEntries(mechanisms.map((m) => [m.meta.id, t(m.meta.titleKey)])),
    [t],
  );
  return (
    <div className={beside ? 'app app--beside' : 'app'}>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Header />
      <main id="main" className="app-main" tabIndex={-1}>
        <ErrorBoundary
          resetKey={pathname}
          fallback={(error, reset) => (
            <div className="page-error">
              <LoadFailed what={t('app.pageCrashed')} error={error} onRetry={reset} />
            </div>
          )}
        >
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            <RouteContent route={route} />
          </Suspense>
        </ErrorBoundary>
        {/* The stage's bottom edge fades while more of it lies below (scroll-cue.css). */}
        <div className="stage-cue" aria-hidden="true" />
      </main>
      <LogPanel titles={titles} own={route.name === 'mechanism' ? route.id : undefined} />
    </div>
  );
}
