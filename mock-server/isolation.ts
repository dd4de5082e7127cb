// Which routes are cross-origin isolated: the mechanisms whose meta says `isolation`, found by
// reading each src/mechanisms/<id>/meta.ts (the same convention that finds worker entries), so a
// mechanism asks for isolation in its own folder and the server names no mechanism itself.
import { readdir } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CROSS_ORIGIN_ISOLATED,
  ISOLATION_HEADERS,
  mechanismPath,
  WORKER_ISOLATION_HEADERS,
} from '../src/shared/isolation';

/** An isolated mechanism: its id and the names of its worker entries (`<name>.worker.ts`). */
export type IsolatedMechanism = { id: string; workers: readonly string[] };

export async function findIsolatedMechanisms(dir: string): Promise<IsolatedMechanism[]> {
  const found: IsolatedMechanism[] = [];
  const folders = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const folder of folders) {
    if (!folder.isDirectory()) continue;
    const files = await readdir(join(dir, folder.name));
    if (!files.includes('meta.ts')) continue;
    const module: unknown = await import(pathToFileURL(join(dir, folder.name, 'meta.ts')).href);
    const meta = (module as { meta?: { id?: unknown; isolation?: unknown } }).meta;
    if (meta?.isolation !== CROSS_ORIGIN_ISOLATED || meta.id !== folder.name) continue;
    const workers = files.flatMap((f) => /^(.+)\.worker\.ts$/.exec(f)?.[1] ?? []);
    found.push({ id: folder.name, workers });
  }
  return found;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Headers for one request path, or none. The page route gets COOP + COEP; its workers' scripts
 * get COEP, in the build (`/<name>.js`, or `/assets/<name>.worker-<hash>.js` where Vite bundles
 * `new Worker(new URL(…))`) and in dev (the source under /src/mechanisms/<id>/).
 */
export function isolationFor(
  isolated: readonly IsolatedMechanism[],
): (pathname: string) => Readonly<Record<string, string>> | null {
  const pages = new Set(isolated.map((m) => mechanismPath(m.id)));
  const workers = isolated.flatMap(({ id, workers: names }) =>
    names.map(
      (name) =>
        new RegExp(
          `^/(?:${escape(name)}\\.js|assets/${escape(name)}\\.worker-[\\w-]+\\.js|src/mechanisms/${escape(id)}/.+)$`,
        ),
    ),
  );
  return (pathname) => {
    const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
    if (pages.has(path)) return ISOLATION_HEADERS;
    if (workers.some((pattern) => pattern.test(path))) return WORKER_ISOLATION_HEADERS;
    return null;
  };
}

export function applyHeaders(res: ServerResponse, headers: Readonly<Record<string, string>>) {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}
