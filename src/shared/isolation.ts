// Cross-origin isolation, read by the server (which sends the headers) and the app (whose links
// must then load the page as a new document). A mechanism asks for it with `isolation` in its
// meta; every other route stays unisolated, because isolation changes what a page may do: popups
// lose window.opener, and every cross-origin subresource must opt in with CORP or CORS.
// https://developer.mozilla.org/en-US/docs/Web/API/Window/crossOriginIsolated
// https://html.spec.whatwg.org/multipage/browsers.html#cross-origin-isolated-capability

export const CROSS_ORIGIN_ISOLATED = 'cross-origin-isolated';
export type Isolation = typeof CROSS_ORIGIN_ISOLATED;

/**
 * COOP same-origin puts the page in a browsing context group of its own; COEP require-corp makes
 * every subresource say it may be embedded. Both together give `crossOriginIsolated === true`
 * (on a secure context: https, localhost or 127.0.0.1).
 * https://html.spec.whatwg.org/multipage/browsers.html#cross-origin-opener-policies
 * https://html.spec.whatwg.org/multipage/browsers.html#coep
 */
export const ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * A dedicated worker created by an isolated page must be served with a compatible embedder
 * policy, or its script is refused ("check a global object's embedder policy").
 * https://html.spec.whatwg.org/multipage/browsers.html#check-a-global-object's-embedder-policy
 */
export const WORKER_ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/** The app's route for a mechanism (src/app/router.tsx parses the same shape). */
export const mechanismPath = (id: string): string => `/m/${id}`;
