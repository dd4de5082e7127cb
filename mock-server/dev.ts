// `npm run dev`: the same server, with Vite's dev middleware (and hot reload) in place of dist/.
import { createServer as createViteServer } from 'vite';
import { injectConfig, runCli, type AppConfig, type AppHandler } from './index';

const config: AppConfig = { foreignPort: 0 };
const vite = await createViteServer({
  server: {
    middlewareMode: true,
    // Vite allows only localhost origins by default; a sandboxed frame's module requests come
    // from the opaque origin "null", so it is added here (production sets the same on assets).
    cors: {
      origin: [
        /^https?:\/\/(?:[^:/]+\.)?localhost(?::\d+)?$/,
        /^https?:\/\/127\.0\.0\.1(?::\d+)?$/,
        'null',
      ],
    },
  },
  appType: 'spa',
  plugins: [{ name: 'comms-lab-config', transformIndexHtml: (html) => injectConfig(html, config) }],
});
await runCli({
  app: (serverConfig) => {
    Object.assign(config, serverConfig);
    const middlewares = vite.middlewares as unknown as AppHandler;
    // A worker entry's source (src/mechanisms/<id>/<name>.worker.ts) sits below /src/ but a
    // service worker among them controls "/": that needs this header.
    return (req, res, next) => {
      if (/^\/src\/mechanisms\/[^/]+\/[^/?]+\.worker\.ts(\?|$)/.test(req.url ?? ''))
        res.setHeader('Service-Worker-Allowed', '/');
      middlewares(req, res, next);
    };
  },
});
