import { spawn, type ChildProcess } from 'node:child_process';
import { LAN_HOST } from './firefox';

/** Starts the app's server on the given ports (the built app from dist/) and waits for health. */
export async function startServer(port: number, foreignPort: number): Promise<ChildProcess> {
  const child = spawn('node_modules/.bin/tsx', ['mock-server/cli.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      FOREIGN_PORT: String(foreignPort),
      // The non-secure LAN-like origin of the ServiceWorker claims must pass the Host check.
      ALLOWED_HOSTS: LAN_HOST,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const until = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) {
      child.kill();
      throw new Error(`the server did not answer on port ${port} within 30 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
