// Real server instances for the multi-instance tests: each its own Node process started the way
// `npm run serve` starts one (with REDIS_URL), on a free port, so a test can SIGKILL one of them.
import { spawn } from 'node:child_process';
import { peer } from './clients';

export type Instance = {
  name: string;
  port: number;
  /** The instance's own origin: what its pages send as `Origin`. */
  origin: string;
  ws: string;
  sse: string;
  api: (path: string) => string;
  kill: (signal?: NodeJS.Signals) => Promise<void>;
  /** Resolves when the process has exited (by itself, say when a teacher stopped it). */
  exited: () => Promise<void>;
  output: () => string;
};

const ENTRY = 'mock-server/cli.ts';

export async function startInstance(
  name: string,
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
    env: { ...process.env, PORT: '0', FOREIGN_PORT: '0', INSTANCE_NAME: name, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (out += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`instance ${name} did not start in ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const check = () => {
      const match = /App:\s+http:\/\/localhost:(\d+)\//.exec(out);
      if (!match) return;
      clearTimeout(timer);
      resolve(Number(match[1]));
    };
    child.stdout.on('data', check);
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(`instance ${name} exited before it started:\n${out}`));
    });
  });
  const base = `127.0.0.1:${port}`;
  return {
    name,
    port,
    origin: `http://localhost:${port}`,
    ws: `ws://${base}/ws`,
    sse: `http://${base}/sse`,
    api: (path) => `http://${base}${path}`,
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
    exited: () => exited,
    output: () => out,
  };
}

/** Several instances at once (they start in parallel), all on the same Redis. */
export function startInstances(names: readonly string[], env: Record<string, string>) {
  return Promise.all(names.map((name) => startInstance(name, env)));
}

/** Publishes feed event `n` (body `{ n }`) through an instance's REST API. */
export const publishOn = (instance: Instance, n: number, event = 'message') =>
  fetch(instance.api('/api/sse/publish'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: instance.origin },
    body: JSON.stringify({
      event,
      envelope: {
        v: 1,
        id: `pub-${n}`,
        mechanism: 'server-sent-events',
        sender: peer('Publisher'),
        kind: 'chat',
        body: { n },
        sentAt: Date.now(),
        seq: n + 1,
      },
    }),
  });
