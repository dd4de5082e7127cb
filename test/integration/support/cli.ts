// The CLI (`npm start`) as a child process, with its output collected so a test can wait for a line.
import { spawn } from 'node:child_process';

const TSX = ['node_modules/.bin/tsx', 'mock-server/cli.ts'];

export function startCli(env: Record<string, string>, args: string[] = []) {
  const child = spawn(TSX[0] as string, [TSX[1] as string, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (out += chunk));
  const until = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const check = () => (pattern.test(out) ? resolve(out) : undefined);
      if (child.exitCode !== null)
        return pattern.test(out)
          ? resolve(out)
          : reject(new Error(`exited before ${pattern}: ${out}`));
      check();
      child.stdout.on('data', check);
      child.stderr.on('data', check);
      child.on('exit', () =>
        pattern.test(out) ? resolve(out) : reject(new Error(`exited before ${pattern}: ${out}`)),
      );
    });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, until, exited };
}
