// A private `redis-server` for the cluster demo and the tests: its own temporary directory, a free
// loopback port, no persistence unless asked, stopped (and its directory removed) with its owner.
// Never a system service: nothing here touches a Redis the machine already runs.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export const REDIS_INSTALL_HINT =
  'No redis-server found: install it (Debian/Ubuntu: sudo apt-get install -y redis-server), set REDIS_SERVER_PATH to its executable, or set REDIS_URL to a running Redis.';

/** REDIS_SERVER_PATH, then `redis-server` on PATH, then the usual places; null when none. */
export function findRedisServer(): string | null {
  const fromEnv = process.env.REDIS_SERVER_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  const onPath = (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, 'redis-server'));
  const candidates = [...onPath, '/usr/bin/redis-server', '/usr/local/bin/redis-server'];
  return candidates.find((path) => existsSync(path)) ?? null;
}

/** A port the kernel says is free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** One PING over a raw socket: true when the server answers +PONG within `timeoutMs`. */
export function pingRedis(port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

export type RedisProcessOptions = {
  /** Keep an append-only file fsynced on every write, so a restart keeps what was acknowledged. */
  persist?: boolean;
};

export type RedisProcess = {
  port: number;
  url: string;
  dir: string;
  /** Stops the server (SIGTERM, then SIGKILL after 3 s); the data directory stays for `start`. */
  stop: () => Promise<void>;
  /** Starts it again on the same port and directory (after `stop`). */
  start: () => Promise<void>;
  /** Stops it and removes its directory. */
  close: () => Promise<void>;
};

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts a private redis-server; throws with `REDIS_INSTALL_HINT` when there is none. */
export async function startRedis(options: RedisProcessOptions = {}): Promise<RedisProcess> {
  const executable = findRedisServer();
  if (!executable) throw new Error(REDIS_INSTALL_HINT);
  const dir = mkdtempSync(join(tmpdir(), 'comms-lab-redis-'));
  let port = await freePort();
  let child: ChildProcess | null = null;
  let log = '';

  const launch = async () => {
    const persistence = options.persist
      ? ['--appendonly', 'yes', '--appendfsync', 'always']
      : ['--appendonly', 'no'];
    const args = [
      ...['--port', String(port), '--bind', '127.0.0.1', '--dir', dir],
      ...['--save', '', ...persistence, '--daemonize', 'no', '--logfile', ''],
    ];
    const started = spawn(executable, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child = started;
    started.stdout?.on('data', (chunk) => (log = (log + chunk).slice(-4000)));
    started.stderr?.on('data', (chunk) => (log = (log + chunk).slice(-4000)));
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      if (started.exitCode !== null) break;
      if (await pingRedis(port)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    started.kill('SIGKILL');
    await exited(started);
    throw new Error(`redis-server did not answer PING on 127.0.0.1:${port}:\n${log.trim()}`);
  };

  const stop = async () => {
    const running = child;
    child = null;
    if (!running) return;
    running.kill('SIGTERM');
    const timer = setTimeout(() => running.kill('SIGKILL'), 3000);
    await exited(running);
    clearTimeout(timer);
  };

  // The port was free a moment ago; if something took it meanwhile, try another one.
  for (let attempt = 0; ; attempt++) {
    try {
      await launch();
      break;
    } catch (error) {
      if (attempt >= 2 || !/Address already in use/i.test(log)) {
        rmSync(dir, { recursive: true, force: true });
        throw error;
      }
      port = await freePort();
    }
  }

  return {
    get port() {
      return port;
    },
    get url() {
      return `redis://127.0.0.1:${port}`;
    },
    dir,
    stop,
    start: async () => {
      if (!child) await launch();
    },
    close: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
