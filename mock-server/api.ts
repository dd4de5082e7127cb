import type { IncomingMessage, ServerResponse } from 'node:http';
import { PATHS } from '../src/shared/endpoints';
import { sendJson } from './http-util';
import { isAllowedOrigin } from './origins';

export type ApiContext = {
  startedAt: number;
  allowedOrigins: ReadonlySet<string>;
  urls: { app: string; foreign: string };
};

/** `/api/*`. Cross-origin callers must be on the allowlist; others get a 403 that says why. */
export function handleApi(req: IncomingMessage, res: ServerResponse, context: ApiContext): void {
  const origin = req.headers.origin;
  const cors: Record<string, string> = {};
  if (origin !== undefined) {
    if (!isAllowedOrigin(origin, context.allowedOrigins)) {
      sendJson(res, 403, {
        error: 'origin-not-allowed',
        message: `Origin ${origin} is not on this server's allowlist.`,
      });
      return;
    }
    cors['Access-Control-Allow-Origin'] = origin;
    cors.Vary = 'Origin';
  }
  if (req.method === 'OPTIONS') {
    res
      .writeHead(204, {
        ...cors,
        'Access-Control-Allow-Methods': 'GET, POST',
        'Access-Control-Allow-Headers': 'Content-Type',
      })
      .end();
    return;
  }
  const { pathname } = new URL(req.url ?? '/', 'http://x');
  if (pathname === PATHS.health && (req.method === 'GET' || req.method === 'HEAD')) {
    sendJson(
      res,
      200,
      { ok: true, name: 'comms-lab', uptimeMs: Date.now() - context.startedAt, urls: context.urls },
      cors,
    );
    return;
  }
  sendJson(res, 404, { error: 'not-found', message: `No API at ${req.method} ${pathname}.` }, cors);
}
