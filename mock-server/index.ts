import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_FOREIGN_PORT, DEFAULT_HOST, DEFAULT_PORT } from '../src/shared/endpoints';
import { handleApi } from './api';
import { sendJson } from './http-util';
import { appOrigins } from './origins';
import { CONFIG_META, createStaticHandler } from './static-files';

/** What the page needs to know about the server it came from; see src/lib/app-config.ts. */
export type AppConfig = { foreignPort: number };

export function injectConfig(html: string, config: AppConfig): string {
  // JSON in an attribute: escape what could end the attribute or open a tag.
  const json = JSON.stringify(config)
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;');
  return html.replace(CONFIG_META, `<meta name="comms-lab-config" content="${json}" />`);
}

export type AppHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export type ServerOptions = {
  /** 0 picks a free port (tests). */
  port?: number;
  foreignPort?: number;
  host?: string;
  /** The built app; ignored when `app` is given (dev mode mounts Vite there). */
  distDir?: string;
  /** Dev mode mounts Vite here; it receives the config so it can inject it into index.html. */
  app?: (config: AppConfig) => AppHandler;
  allowedOrigins?: readonly string[];
};

export type RunningServer = {
  urls: { app: string; foreign: string; health: string };
  ports: { app: number; foreign: number };
  allowedOrigins: ReadonlySet<string>;
  close: () => Promise<void>;
};

export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    readonly variable: string,
  ) {
    super(
      `Port ${port} is already in use: stop what is using it, or set ${variable} to another port (e.g. ${variable}=${port + 10} npm start).`,
    );
    this.name = 'PortInUseError';
  }
}

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

function listen(server: Server, port: number, host: string, variable: string): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(port, variable) : error);
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolvePort((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((done) => {
    if (!server.listening) return done();
    server.close(() => done());
    server.closeAllConnections();
  });
}

/** One Node process: the app on `port`, the same app on a second, foreign origin, and the API. */
export async function createServer(options: ServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const config: AppConfig = { foreignPort: 0 };
  const serveStatic = createStaticHandler(options.distDir ?? resolve(ROOT, 'dist'), {
    transformHtml: (html) => injectConfig(html, config),
  });
  const startedAt = Date.now();
  const context = { startedAt, allowedOrigins: new Set<string>(), urls: { app: '', foreign: '' } };

  // Mounted once the ports (and so the config) are known; requests only arrive after that.
  const mounted: { app?: AppHandler } = {};
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const fail = (error: unknown) => {
      console.error('[comms-lab] request failed', error);
      if (!res.headersSent)
        sendJson(res, 500, {
          error: 'internal',
          message: 'The server hit an error; see its console.',
        });
      else res.destroy();
    };
    try {
      if ((req.url ?? '/').startsWith('/api/')) return handleApi(req, res, context);
      if (mounted.app)
        return mounted.app(req, res, () => sendJson(res, 404, { error: 'not-found' }));
      serveStatic(req, res).catch(fail);
    } catch (error) {
      fail(error);
    }
  };

  const app = createHttpServer(handler);
  const foreign = createHttpServer(handler);
  let ports: RunningServer['ports'];
  try {
    const appPort = await listen(app, options.port ?? DEFAULT_PORT, host, 'PORT');
    const foreignPort = await listen(
      foreign,
      options.foreignPort ?? DEFAULT_FOREIGN_PORT,
      host,
      'FOREIGN_PORT',
    );
    ports = { app: appPort, foreign: foreignPort };
    config.foreignPort = foreignPort;
  } catch (error) {
    await Promise.all([closeServer(app), closeServer(foreign)]);
    throw error;
  }

  const shownHost =
    host === '127.0.0.1' || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  const urls = {
    app: `http://${shownHost}:${ports.app}/`,
    foreign: `http://${shownHost}:${ports.foreign}/`,
    health: `http://${shownHost}:${ports.app}/api/health`,
  };
  context.urls = { app: urls.app, foreign: urls.foreign };
  mounted.app = options.app?.(config);
  context.allowedOrigins = appOrigins([ports.app, ports.foreign], options.allowedOrigins);

  return {
    urls,
    ports,
    allowedOrigins: context.allowedOrigins,
    close: () => Promise.all([closeServer(app), closeServer(foreign)]).then(() => undefined),
  };
}

function readPort(variable: string, fallback: number): number {
  const raw = process.env[variable];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`${variable}=${raw} is not a port number (0–65535).`);
    process.exit(1);
  }
  return port;
}

export async function runCli(extra: Partial<ServerOptions> = {}): Promise<void> {
  const options: ServerOptions = {
    port: readPort('PORT', DEFAULT_PORT),
    foreignPort: readPort('FOREIGN_PORT', DEFAULT_FOREIGN_PORT),
    host: process.env.HOST || DEFAULT_HOST,
    allowedOrigins: (process.env.ALLOWED_ORIGINS ?? '').split(',').filter(Boolean),
    ...extra,
  };
  let server: RunningServer;
  try {
    server = await createServer(options);
  } catch (error) {
    console.error(
      error instanceof PortInUseError ? error.message : `Could not start: ${String(error)}`,
    );
    process.exit(1);
  }
  console.log(`Comms Lab is running.
  App:            ${server.urls.app}
  Foreign origin: ${server.urls.foreign}  (the same app on another origin, for cross-origin frames)
  Health:         ${server.urls.health}
Press Ctrl-C to stop.`);
  const stop = (signal: string) => {
    console.log(`\n${signal}: stopping…`);
    server.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void runCli();
}
