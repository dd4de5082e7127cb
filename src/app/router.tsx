import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { findMechanism } from '../mechanisms/registry';

// A small history router: four route shapes do not need a library in the first bundle.
export type Route =
  | { name: 'overview' }
  | { name: 'mechanism'; id: string }
  | { name: 'compare' }
  | { name: 'peer'; id: string }
  | { name: 'not-found'; path: string };

export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'overview' };
  if (path === '/compare') return { name: 'compare' };
  const match = /^\/(m|peer)\/([a-z0-9-]+)$/.exec(path);
  if (match) return { name: match[1] === 'm' ? 'mechanism' : 'peer', id: match[2] as string };
  return { name: 'not-found', path };
}

/** The isolation a route's page asks for (its mechanism's meta), if any. */
function isolationOf(path: string): string | undefined {
  const route = parseRoute(path.split(/[?#]/)[0] ?? '/');
  return route.name === 'mechanism' || route.name === 'peer'
    ? findMechanism(route.id)?.meta.isolation
    : undefined;
}

/**
 * Whether going from one route to another needs a new document: COOP and COEP are response
 * headers, so a page becomes isolated (or stops being) only when it is loaded by a navigation;
 * pushState keeps the document, and with it the isolation it had.
 * https://html.spec.whatwg.org/multipage/browsers.html#cross-origin-opener-policies
 */
export function needsNewDocument(from: string, to: string): boolean {
  return isolationOf(from) !== isolationOf(to);
}

const NAVIGATE = 'comms-lab:navigate';
// One pair of window listeners for every subscriber: a page draws a few hundred links, and each
// one listening on window by itself meant hundreds of listeners called on every navigation.
const listeners = new Set<() => void>();
const notifyAll = () => listeners.forEach((notify) => notify());
const subscribe = (notify: () => void) => {
  if (listeners.size === 0) {
    window.addEventListener('popstate', notifyAll);
    window.addEventListener(NAVIGATE, notifyAll);
  }
  listeners.add(notify);
  return () => {
    listeners.delete(notify);
    if (listeners.size > 0) return;
    window.removeEventListener('popstate', notifyAll);
    window.removeEventListener(NAVIGATE, notifyAll);
  };
};

export function usePathname(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.pathname,
    () => '/',
  );
}

export function navigate(to: string): void {
  if (needsNewDocument(window.location.pathname, to)) {
    window.location.assign(to);
    return;
  }
  const [path, hash] = to.split('#');
  if (to === window.location.pathname && !hash) return;
  if (to !== `${window.location.pathname}${window.location.hash}`)
    window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE));
  window.scrollTo(0, 0);
  if (hash && path !== undefined) revealWhenThere(hash);
}

/** Scrolls to (and focuses) the element a link's #hash names, once its lazy page has drawn it. */
export function revealWhenThere(id: string, until = performance.now() + 3000): void {
  const element = document.getElementById(id);
  if (element) {
    element.scrollIntoView({ block: 'start' });
    element.focus({ preventScroll: true });
    return;
  }
  if (performance.now() < until) requestAnimationFrame(() => revealWhenThere(id, until));
}

export function Link({ to, ...rest }: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const current = usePathname() === to.split('#')[0] && !to.includes('#');
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    rest.onClick?.(event);
    // Let the browser handle new-tab clicks (ctrl, cmd, shift, middle button) itself.
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} aria-current={current ? 'page' : undefined} {...rest} onClick={onClick} />;
}
