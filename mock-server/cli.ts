// `npm start` / `npm run serve`: flags and environment to options, the banner, Ctrl-C.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_FOREIGN_PORT, DEFAULT_PORT, PATHS } from '../src/shared/endpoints';
import { newTeacherToken } from './classroom';
import { createServer, PortInUseError, type RunningServer, type ServerOptions } from './index';
import { backplaneLine, clusterOptionsFromEnv } from './cluster/env';
import { terminalQr } from './lan';

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
  const teacher = options.teacherToken
    ? `\n  Teacher token:  ${options.teacherToken}  (for "Drop all connections"; keep it to yourself)`
    : '';
  if (!options.lan) return code + teacher;
  if (!server.urls.lan)
    return `\n  Class (LAN):    not available: ${server.lanProblem ?? 'no LAN address'}${code}${teacher}`;
  const qr = terminalQr(server.urls.lan)
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
  return `\n  Class (LAN):    ${server.urls.lan}  (students on this network open this; listening on ${server.host})\n${qr}${code}${teacher}
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

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export async function runCli(extra: Partial<ServerOptions> = {}): Promise<void> {
  // Last resort: every handler has its own guard; anything that still escapes is logged and the
  // server keeps serving the rest of the class.
  process.on('uncaughtException', (error) => console.error('[comms-lab] uncaught', error));
  process.on('unhandledRejection', (error) => console.error('[comms-lab] unhandled', error));
  const wanted = argValue('--lan-address') ?? process.env.LAN_ADDRESS;
  const lanMode = process.argv.includes('--lan') || process.env.LAN === '1';
  const lan = lanMode && wanted ? { wanted } : lanMode;
  const joinCode = argValue('--join-code') ?? process.env.JOIN_CODE ?? undefined;
  const options: ServerOptions = {
    port: readPort('PORT', DEFAULT_PORT),
    foreignPort: readPort('FOREIGN_PORT', DEFAULT_FOREIGN_PORT),
    // HOST overrides; otherwise createServer binds 127.0.0.1, or every interface with --lan.
    host: process.env.HOST || undefined,
    allowedOrigins: list(process.env.ALLOWED_ORIGINS),
    allowedHosts: list(process.env.ALLOWED_HOSTS),
    lan,
    joinCode,
    // Classroom mode: actions that affect every student need a token only the teacher has.
    teacherToken:
      process.env.TEACHER_TOKEN || (lanMode || joinCode ? newTeacherToken() : undefined),
    ...clusterOptionsFromEnv(process.env),
    // In a cluster the process goes with the server, as if it had been stopped by hand.
    onStopRequested: () => stop('stopped by the teacher'),
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
  Health:         ${server.urls.health}${classroom(server, options)}${backplaneLine(server)}
  WebSocket:      ${server.urls.app.replace(/^http/, 'ws').replace(/\/$/, PATHS.ws)}
  SSE feed:       ${server.urls.app.replace(/\/$/, PATHS.sse)}
Press Ctrl-C to stop.`);
  function stop(signal: string) {
    console.log(`\n${signal}: stopping…`);
    void server.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 3000).unref();
  }
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

// Run as a script (`tsx mock-server/cli.ts`), not when imported — nor when bundled into another
// script, where every module shares that script's URL.
if (
  !process.env.COMMS_LAB_NO_CLI &&
  process.argv[1] &&
  resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  void runCli();
}
