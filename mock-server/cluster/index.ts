// `npm run cluster`: three server instances on consecutive ports sharing one Redis, for the
// scale-out demo. Redis is REDIS_URL when given, else a private redis-server (temporary directory,
// free loopback port) stopped with the cluster, else one line on how to install it.
// Each instance is its own process, so stopping one (or killing it) is what the class watches.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_HOST, DEFAULT_PORT } from '../../src/shared/endpoints';
import {
  REDIS_INSTALL_HINT,
  findRedisServer,
  startRedis,
  type RedisProcess,
} from './redis-process';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** The server's own command line: one instance is exactly `npm run serve` with its ports. */
const ENTRY = resolve(ROOT, 'mock-server/cli.ts');
const NAMES = ['a', 'b', 'c'] as const;

export type ClusterPlan = {
  instances: { name: string; port: number; foreignPort: number }[];
};

/**
 * App ports PORT, PORT+1, PORT+2 (4173–4175 by default); each instance's foreign origin is its app
 * port + 10 (4183–4185), so the two ranges never overlap.
 */
export function planCluster(basePort: number, count = NAMES.length): ClusterPlan {
  return {
    instances: NAMES.slice(0, count).map((name, index) => ({
      name,
      port: basePort + index,
      foreignPort: basePort + index + 10,
    })),
  };
}

function prefixed(child: ChildProcess, name: string) {
  const write = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n'))
      if (line.trim()) stream.write(`[${name}] ${line}\n`);
  };
  child.stdout?.on('data', write(process.stdout));
  child.stderr?.on('data', write(process.stderr));
}

async function main() {
  const raw = process.env.PORT;
  const basePort = raw ? Number(raw) : DEFAULT_PORT;
  if (!Number.isInteger(basePort) || basePort < 1 || basePort > 65535 - 12) {
    console.error(`PORT=${raw} is not a usable first port for three instances.`);
    process.exit(1);
  }
  let redisUrl = process.env.REDIS_URL || '';
  let privateRedis: RedisProcess | null = null;
  if (!redisUrl) {
    if (!findRedisServer()) {
      console.error(`npm run cluster needs Redis. ${REDIS_INSTALL_HINT}`);
      process.exit(1);
    }
    // Persisted on every write, so stopping Redis in the demo loses nothing acknowledged.
    privateRedis = await startRedis({ persist: true });
    redisUrl = privateRedis.url;
  }
  const plan = planCluster(basePort);
  console.log(
    `Comms Lab cluster: ${plan.instances.length} instances sharing Redis at ${redisUrl}${privateRedis ? ` (private, in ${privateRedis.dir}; stopped with the cluster)` : ''}`,
  );
  const origins = plan.instances.flatMap(({ port, foreignPort }) =>
    [port, foreignPort].flatMap((p) => [`http://localhost:${p}`, `http://127.0.0.1:${p}`]),
  );
  const children = plan.instances.map(({ name, port, foreignPort }) => {
    // node --import tsx, not the tsx wrapper: a signal sent to this pid reaches the server itself.
    const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        FOREIGN_PORT: String(foreignPort),
        HOST: process.env.HOST || DEFAULT_HOST,
        REDIS_URL: redisUrl,
        INSTANCE_NAME: name,
        // A page served by one instance may connect to the others (picking, or failing over).
        ALLOWED_ORIGINS: [process.env.ALLOWED_ORIGINS ?? '', ...origins].filter(Boolean).join(','),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    prefixed(child, name);
    child.on('exit', (code, signal) =>
      console.log(`[${name}] instance on port ${port} exited (${signal ?? `code ${code}`})`),
    );
    return child;
  });

  let stopping = false;
  const stop = async (why: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${why}: stopping the cluster…`);
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 4000).unref();
          }),
      ),
    );
    await privateRedis?.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  // When every instance is gone (the teacher stopped them all), so is the demo.
  let alive = children.length;
  for (const child of children)
    child.on('exit', () => {
      alive--;
      if (alive === 0) void stop('every instance exited');
    });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
