import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_FOREIGN_PORT, DEFAULT_HOST, DEFAULT_PORT, PATHS } from '../src/shared/endpoints';
import type { Duplex } from 'node:stream';
import { handleApi, type ApiContext } from './api';
import { createGuardCounters, logCaught } from './guard/errors';
import { parseTarget } from './guard/url';
import { sendJson } from './http-util';
import { appOrigins, isAllowedOrigin } from './origins';
import { findLanAddress, terminalQr } from './lan';
import { createFeed, type Feed, type FeedOptions } from './sse-feed';
import { CONFIG_META, createStaticHandler } from './static-files';
import { createChat, type Chat, type ChatOptions } from './ws-chat';

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
  /** Heartbeat and rate limits (tests shorten them). */
  chat?: Omit<ChatOptions, 'isAllowedOrigin' | 'joinCode' | 'guards'>;
  /** Retry, heartbeat and generated events (tests shorten or switch them off). */
  feed?: Omit<FeedOptions, 'isAllowedOrigin' | 'joinCode' | 'guards'>;
  /**
   * Classroom mode: listen on every interface (unless `host` says otherwise) and admit the LAN
   * origin. `address` replaces the one read from this machine's interfaces (tests).
   */
  lan?: boolean | { address: string };
  /** When set, WebSocket and SSE connections must carry ?code=<it>. */
  joinCode?: string;
};

export type RunningServer = {
  urls: { app: string; foreign: string; health: string; lan: string | null };
  /** Why there is no LAN URL in classroom mode. */
  lanProblem: string | null;
  /** The address the ports are bound to: 127.0.0.1 by default, 0.0.0.0 in classroom mode. */
  host: string;
  ports: { app: number; foreign: number };
  allowedOrigins: ReadonlySet<string>;
  chat: Chat;
  feed: Feed;
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
  const lan = options.lan
    ? typeof options.lan === 'object'
      ? { address: options.lan.address }
      : findLanAddress()
    : null;
  const host = options.host ?? (lan ? '0.0.0.0' : DEFAULT_HOST);
  const config: AppConfig = { foreignPort: 0 };
  const serveStatic = createStaticHandler(options.distDir ?? resolve(ROOT, 'dist'), {
    transformHtml: (html) => injectConfig(html, config),
  });
  const startedAt = Date.now();
  const allowed: { origins: ReadonlySet<string> } = { origins: new Set() };
  const isAllowed = (origin: string | undefined) => isAllowedOrigin(origin, allowed.origins);
  const joinCode = options.joinCode || undefined;
  const guards = createGuardCounters();
  const chat = createChat({ ...options.chat, isAllowedOrigin: isAllowed, joinCode, guards });
  const feed = createFeed({ ...options.feed, isAllowedOrigin: isAllowed, joinCode, guards });
  const context: ApiContext = {
    startedAt,
    allowedOrigins: allowed.origins,
    urls: { app: '', foreign: '' },
    lan: null,
    joinCode,
    chat,
    feed,
    rejectedOrigins: { count: 0 },
    guards,
  };

  // Mounted once the ports (and so the config) are known; requests only arrive after that.
  const mounted: { app?: AppHandler } = {};
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const fail = (error: unknown) => {
      guards.http++;
      logCaught('http', error);
      if (!res.headersSent)
        sendJson(res, 500, {
          error: 'internal',
          message: 'The server hit an error; see its console.',
        });
      else res.destroy();
    };
    try {
      const url = req.url ?? '/';
      if (url.startsWith('/api/')) return handleApi(req, res, context);
      if (url === PATHS.sse || url.startsWith(`${PATHS.sse}?`)) return feed.handle(req, res);
      if (mounted.app)
        return mounted.app(req, res, () => sendJson(res, 404, { error: 'not-found' }));
      serveStatic(req, res).catch(fail);
    } catch (error) {
      fail(error);
    }
  };

  // WebSocket upgrades, routed by path; anything else is refused (Vite's HMR has its own port).
  const upgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => undefined);
    try {
      const target = parseTarget(req.url);
      if (target?.pathname === PATHS.ws) return chat.handleUpgrade(req, socket, head);
      const status = target ? '404 Not Found' : '400 Bad Request';
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    } catch (error) {
      guards.upgrade++;
      logCaught('upgrade', error);
      socket.end(
        'HTTP/1.1 500 Internal Server Error\r\nConnection: close\r\nContent-Length: 0\r\n\r\n',
      );
    }
  };
  const app = createHttpServer(handler).on('upgrade', upgrade);
  const foreign = createHttpServer(handler).on('upgrade', upgrade);
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
    feed.close();
    await chat.close();
    await Promise.all([closeServer(app), closeServer(foreign)]);
    throw error;
  }

  const shownHost =
    host === '127.0.0.1' || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  const lanUrl = lan?.address ? `http://${lan.address}:${ports.app}/` : null;
  const urls = {
    app: `http://${shownHost}:${ports.app}/`,
    foreign: `http://${shownHost}:${ports.foreign}/`,
    health: `http://${shownHost}:${ports.app}/api/health`,
    lan: lanUrl,
  };
  context.urls = { app: urls.app, foreign: urls.foreign };
  context.lan = lanUrl;
  mounted.app = options.app?.(config);
  // In classroom mode the allowlist admits exactly the LAN origins it prints, on both ports.
  const lanOrigins = lan?.address
    ? [ports.app, ports.foreign].map((port) => `http://${lan.address}:${port}`)
    : [];
  allowed.origins = appOrigins(
    [ports.app, ports.foreign],
    [...(options.allowedOrigins ?? []), ...lanOrigins],
  );
  context.allowedOrigins = allowed.origins;

  return {
    urls,
    lanProblem: lan && !lan.address ? (lan as { problem: string }).problem : null,
    host,
    ports,
    allowedOrigins: allowed.origins,
    chat,
    feed,
    close: async () => {
      feed.close();
      await chat.close();
      await Promise.all([closeServer(app), closeServer(foreign)]);
    },
  };
}

/** `--name=value` or `--name value` from the command line. */
function argValue(name: string): string | undefined {
  const args = process.argv.slice(2);
  const index = args.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (index < 0) return undefined;
  const arg = args[index] as string;
  return arg.includes('=') ? arg.slice(name.length + 1) : args[index + 1];
}

/** The classroom lines of the banner: the LAN URL and its QR code, or why there is none. */
function classroom(server: RunningServer, options: ServerOptions): string {
  const code = options.joinCode
    ? `\n  Join code:      ${options.joinCode}  (students type it on the WebSocket and SSE pages)`
    : '';
  if (!options.lan) return code;
  if (!server.urls.lan)
    return `\n  Class (LAN):    not available: ${server.lanProblem ?? 'no LAN address'}${code}`;
  const qr = terminalQr(server.urls.lan)
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
  return `\n  Class (LAN):    ${server.urls.lan}  (students on this network open this; listening on all interfaces)\n${qr}${code}
  ServiceWorker pages need a secure context: on plain http they work on localhost only.`;
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
  // Last resort: every handler has its own guard; anything that still escapes is logged and the
  // server keeps serving the rest of the class.
  process.on('uncaughtException', (error) => console.error('[comms-lab] uncaught', error));
  process.on('unhandledRejection', (error) => console.error('[comms-lab] unhandled', error));
  const options: ServerOptions = {
    port: readPort('PORT', DEFAULT_PORT),
    foreignPort: readPort('FOREIGN_PORT', DEFAULT_FOREIGN_PORT),
    host: process.env.HOST || DEFAULT_HOST,
    allowedOrigins: (process.env.ALLOWED_ORIGINS ?? '').split(',').filter(Boolean),
    lan: process.argv.includes('--lan') || process.env.LAN === '1',
    joinCode: argValue('--join-code') ?? process.env.JOIN_CODE ?? undefined,
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
  Health:         ${server.urls.health}${classroom(server, options)}
  WebSocket:      ${server.urls.app.replace(/^http/, 'ws').replace(/\/$/, PATHS.ws)}
  SSE feed:       ${server.urls.app.replace(/\/$/, PATHS.sse)}
Press Ctrl-C to stop.`);
  const stop = (signal: string) => {
    console.log(`\n${signal}: stopping…`);
    server.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

// Run as a script (`tsx mock-server/index.ts`), not when imported — nor when bundled into another
// script (the bench's server process), where every module shares that script's URL.
if (
  !process.env.COMMS_LAB_NO_CLI &&
  process.argv[1] &&
  resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  void runCli();
}
