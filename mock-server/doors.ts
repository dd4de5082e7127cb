// Checks every request meets before any handler: the Host header must name this server (else a
// page on another name that resolves to this machine — DNS rebinding — could read the API), and
// HTML may only be framed by the app's own origins.
// (https://developer.mozilla.org/docs/Web/HTTP/Status/421, and
// https://developer.mozilla.org/docs/Web/HTTP/Headers/Content-Security-Policy/frame-ancestors)
import type { IncomingMessage } from 'node:http';
import { said, type ServerSaid } from '../src/shared/server-words';

export type HostCheck = { ok: true } | { ok: false; status: number; said: ServerSaid };

/** `example.test:80` → `example.test`; `[::1]:4173` → `[::1]`; null when it is not a host. */
export function hostnameOf(host: string): string | null {
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?$/i.exec(host.trim());
  return match ? (match[1] as string).toLowerCase() : null;
}

/**
 * The names this server answers to: its loopback names (and *.localhost, which browsers resolve to
 * loopback themselves: https://www.rfc-editor.org/rfc/rfc6761#section-6.3), the printed LAN
 * address, the bound host, and any given explicitly.
 */
export function createHostCheck(names: () => Iterable<string>) {
  // Refusals made before any handler: a Host not ours, a target that is not a URL, an upgrade to
  // a path with no WebSocket.
  const counters = { rejectedHost: 0, badTarget: 0, upgradeNotFound: 0 };
  return {
    counters,
    check(req: IncomingMessage): HostCheck {
      const header = req.headers.host;
      const hostname = header ? hostnameOf(header) : null;
      if (hostname === null) {
        counters.rejectedHost++;
        return { ok: false, status: 400, said: said('no-host') };
      }
      const allowed = new Set(names());
      if (allowed.has(hostname) || hostname.endsWith('.localhost')) return { ok: true };
      counters.rejectedHost++;
      return { ok: false, status: 421, said: said('wrong-host', { host: hostname }) };
    },
  };
}

export const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/**
 * The origins a CSP source list can name. Its host-source grammar has no IPv6 literal
 * (https://www.w3.org/TR/CSP3/#grammardef-host-part: letters, digits and dashes between dots), so
 * `http://[::1]:4173` is not a source: Chromium drops it and logs a console error on every framed
 * page. Left out here, the policy is the same and the console stays clean.
 */
export const cspSources = (origins: Iterable<string>) =>
  [...origins].filter((origin) => !origin.includes('://['));

/** frame-ancestors: the app's own origins (its frames embed each other across the two ports). */
export const frameAncestors = (origins: Iterable<string>) =>
  `frame-ancestors 'self' ${cspSources(origins).join(' ')}`;
