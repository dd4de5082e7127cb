// `npm run dev`: the same server, with Vite's dev middleware (and hot reload) in place of dist/.
import { createServer as createViteServer } from 'vite';
import { runCli, type AppHandler } from './index';

const vite = await createViteServer({ server: { middlewareMode: true }, appType: 'spa' });
await runCli({ app: vite.middlewares as unknown as AppHandler });
