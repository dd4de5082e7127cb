// The cluster's REST routes: the list of instances (for the pages' instance picker and the server
// panel) and the teacher's "stop this instance" (a teacher action: join code and teacher token).
import type { Route } from '../api-routes';
import { readJson } from '../http-util';

const NAME = /^[A-Za-z0-9._-]{1,64}$/;

export const clusterRoutes: Route[] = [
  {
    method: 'GET',
    path: /^\/api\/cluster$/,
    guard: 'class',
    handle: async (_req, context, send) =>
      send(200, await context.cluster.view(context.clients, context.urls.app)),
  },
  {
    method: 'POST',
    path: /^\/api\/admin\/stop-instance$/,
    guard: 'teacher',
    handle: async (req, context, send) => {
      // A JSON body only: a cross-site form cannot send one without a CORS preflight.
      const body = await readJson(req, 1024);
      if (!body.ok) return send(body.status, { error: 'bad-body', message: body.message });
      const name = (body.value as { name?: unknown } | null)?.name;
      if (typeof name !== 'string' || !NAME.test(name))
        return send(400, { error: 'bad-body', message: 'Give the instance as {"name": "…"}.' });
      const view = await context.cluster.view(context.clients, context.urls.app);
      if (!view.clustered)
        return send(409, {
          error: 'not-clustered',
          message: 'This server runs alone (no REDIS_URL): there is no other instance to move to.',
        });
      if (!(await context.cluster.requestStop(name)))
        return send(404, { error: 'unknown-instance', message: `No live instance "${name}".` });
      send(202, { stopping: name });
    },
  },
];
