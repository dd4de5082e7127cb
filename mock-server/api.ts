// `/api/*`. Cross-origin callers must be on the allowlist; in classroom mode every route with
// class state needs the join code, and teacher actions the teacher token. The routes: api-routes.ts.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { routes, type ApiContext } from './api-routes';
import { backplaneRefusal } from './hub/backplane';
import { logCaught } from './guard/errors';
import { parseTarget } from './guard/url';
import { sendJson } from './http-util';
import { isAllowedOrigin } from './origins';
import { said } from '../src/shared/server-words';

export type { ApiContext };

export function handleApi(req: IncomingMessage, res: ServerResponse, context: ApiContext): void {
  const origin = req.headers.origin;
  const cors: Record<string, string> = {};
  if (origin !== undefined) {
    if (!isAllowedOrigin(origin, context.allowedOrigins)) {
      context.rejectedOrigins.count++;
      sendJson(res, 403, {
        error: 'origin-not-allowed',
        ...said('origin-not-allowed', { origin }),
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
        'Access-Control-Allow-Headers': 'Content-Type, X-Join-Code, X-Teacher-Token',
      })
      .end();
    return;
  }
  const send = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    sendJson(res, status, body, { ...cors, ...headers });
  const target = parseTarget(req.url);
  if (!target) return send(400, { error: 'bad-target', ...said('bad-target') });
  const { pathname } = target;
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  let allowed = false;
  for (const route of routes) {
    const match = route.path.exec(pathname);
    if (!match) continue;
    allowed = true;
    if (route.method !== method) continue;
    const refusal =
      (route.guard === 'class' || route.guard === 'teacher'
        ? context.classroom.checkJoin(req)
        : null) ?? (route.guard === 'teacher' ? context.classroom.checkTeacher(req) : null);
    if (refusal) {
      const retry: Record<string, string> = refusal.retryAfterS
        ? { 'Retry-After': String(refusal.retryAfterS) }
        : {};
      return send(refusal.status, { error: 'refused', ...refusal.said }, retry);
    }
    void Promise.resolve()
      .then(() => route.handle(req, context, send, match))
      .catch((error: unknown) => {
        // Redis unreachable: a refusal with its reason (the page keeps what it wanted to send).
        const down = backplaneRefusal(error);
        if (down !== null && !res.headersSent)
          return send(503, { error: 'backplane-down', ...down }, { 'Retry-After': '1' });
        context.guards.http++;
        logCaught('http', error);
        if (!res.headersSent) send(500, { error: 'internal', ...said('internal') });
      });
    return;
  }
  if (allowed)
    return send(405, {
      error: 'method',
      ...said('method-not-allowed', { method: req.method ?? '', path: pathname }),
    });
  send(404, {
    error: 'not-found',
    ...said('no-api', { method: req.method ?? '', path: pathname }),
  });
}
