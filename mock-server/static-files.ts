import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

// The app renders messages as text; this policy is the second line of defence if that ever fails.
// Inline style *attributes* are allowed because peers' colours are set with style={{…}}.
export const DEFAULT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' ws: wss:",
  "frame-src 'self' http://localhost:* http://127.0.0.1:* http://*.localhost:*",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export type StaticOptions = {
  /**
   * `null` serves HTML without the policy (the benchmark's minimal pages use inline scripts); a
   * function is asked at each response (the server adds frame-ancestors once its ports are known).
   */
  csp?: string | (() => string) | null;
  /** Rewrites HTML before it is sent (the server injects the app's configuration). */
  transformHtml?: (html: string) => string;
};

/** Marks the spot in index.html where the server puts the app's configuration. */
export const CONFIG_META = '<meta name="comms-lab-config" content="{}" />';

export function createStaticHandler(
  root: string,
  { csp = DEFAULT_CSP, transformHtml }: StaticOptions = {},
) {
  const base = resolve(root);

  async function fileFor(pathname: string): Promise<string | null> {
    const candidate = normalize(join(base, pathname));
    if (candidate !== base && !candidate.startsWith(base + sep)) return null; // path traversal
    try {
      const info = await stat(candidate);
      if (info.isFile()) return candidate;
      if (info.isDirectory()) {
        const index = join(candidate, 'index.html');
        if ((await stat(index).catch(() => null))?.isFile()) return index;
      }
    } catch {
      // not found
    }
    return null;
  }

  return async function serveStatic(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res
        .writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' })
        .end('Method not allowed\n');
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res
        .writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' })
        .end('Bad request: malformed URL\n');
      return;
    }
    let file = await fileFor(pathname);
    // SPA fallback: a route such as /m/broadcast-channel (no file extension) gets index.html.
    if (!file && !extname(pathname)) file = await fileFor('/index.html');
    if (!file) {
      res
        .writeHead(404, {
          'Content-Type': 'text/plain; charset=utf-8',
          'X-Content-Type-Options': 'nosniff',
        })
        .end('Not found\n');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const isHtml = type.startsWith('text/html');
    const body =
      isHtml && transformHtml ? Buffer.from(transformHtml(await readFile(file, 'utf8'))) : null;
    const headers: Record<string, string | number> = {
      'Content-Type': type,
      'Content-Length': body ? body.length : (await stat(file)).size,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      // Hashed assets never change; everything else is checked every time.
      'Cache-Control': file.includes(`${sep}assets${sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    };
    if (csp && isHtml) {
      headers['Content-Security-Policy'] = typeof csp === 'function' ? csp() : csp;
      // For browsers without CSP frame-ancestors; those with it ignore this header when the policy
      // has frame-ancestors (https://www.w3.org/TR/CSP3/#frame-ancestors-and-frame-options), so
      // the app's own cross-origin frames keep working.
      headers['X-Frame-Options'] = 'SAMEORIGIN';
    }
    // A sandboxed frame has an opaque origin ("null"): its module scripts and styles are CORS
    // requests even to this server, so public static assets say anyone may read them.
    if (!isHtml) headers['Access-Control-Allow-Origin'] = '*';
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    if (body) {
      res.end(body);
      return;
    }
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  };
}
