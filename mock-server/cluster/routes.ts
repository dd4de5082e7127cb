// The cluster's REST routes: the list of instances (for the pages' instance picker and the server
// panel) and the teacher's "stop this instance" (a teacher action: join code and teacher token).
import type { Route } from '../api-routes';
import { backplaneRefusal, isRedisHub } from '../hub/backplane';
import { said } from '../../src/shared/server-words';
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
      if (!body.ok) return send(body.status, { error: 'bad-body', ...body.said });
      const name = (body.value as { name?: unknown } | null)?.name;
      if (typeof name !== 'string' || !NAME.test(name))
        return send(400, { error: 'bad-body', ...said('instance-body') });
      const view = await context.cluster.view(context.clients, context.urls.app);
      if (!view.clustered)
        return send(409, {
          error: 'not-clustered',
          ...said('stop-not-clustered'),
        });
      if (!(await context.cluster.requestStop(name)))
        return send(404, { error: 'unknown-instance', ...said('unknown-instance', { name }) });
      send(202, { stopping: name });
    },
  },
  {
    // The break-it switch (docs/scaling.md): chat rooms over plain Redis pub/sub, cluster-wide.
    method: 'POST',
    path: /^\/api\/admin\/transport$/,
    guard: 'teacher',
    handle: async (req, context, send) => {
      const body = await readJson(req, 1024);
      if (!body.ok) return send(body.status, { error: 'bad-body', ...body.said });
      const mode = (body.value as { mode?: unknown } | null)?.mode;
      if (mode !== 'streams' && mode !== 'pubsub')
        return send(400, {
          error: 'bad-body',
          ...said('transport-body'),
        });
      if (!isRedisHub(context.hub))
        return send(409, {
          error: 'not-clustered',
          ...said('switch-not-clustered'),
        });
      try {
        await context.hub.setTransport(mode);
      } catch (error) {
        const refusal = backplaneRefusal(error);
        if (!refusal) throw error;
        return send(503, { error: 'backplane-down', ...refusal });
      }
      send(200, { mode });
    },
  },
];
