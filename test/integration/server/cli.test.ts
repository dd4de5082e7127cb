import { createServer as createNetServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startCli as start } from '../support/cli';

describe('npm start (the CLI)', () => {
  it('prints its URLs, serves, and stops cleanly on Ctrl-C', async () => {
    const cli = start({ PORT: '0', FOREIGN_PORT: '0' });
    const out = await cli.until(/Press Ctrl-C to stop/);
    const app = /App:\s+(http:\/\/localhost:\d+\/)/.exec(out)?.[1];
    expect(app).toBeDefined();
    expect(out).toMatch(/Foreign origin:\s+http:\/\/localhost:\d+\//);
    const port = Number(new URL(app as string).port);
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
    cli.child.kill('SIGINT');
    expect(await cli.exited).toBe(0);
  });

  it('with --lan, prints where students join (with a QR code) and the join code', async () => {
    const cli = start({ PORT: '0', FOREIGN_PORT: '0' }, ['--lan', '--join-code=owl-7']);
    const out = await cli.until(/Press Ctrl-C to stop/);
    // The LAN address is read from this machine, or its absence is reported: never guessed.
    expect(out).toMatch(
      /Class \(LAN\):\s+(http:\/\/\d+\.\d+\.\d+\.\d+:\d+\/[^\n]*\n\s+[█▀▄ ]+|not available: .+)/,
    );
    expect(out).toMatch(/Join code:\s+owl-7/);
    const port = Number(/App:\s+http:\/\/localhost:(\d+)/.exec(out)?.[1]);
    const health = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.json());
    expect(health).toMatchObject({ joinCode: 'required' });
    cli.child.kill('SIGINT');
    expect(await cli.exited).toBe(0);
  });

  it('says in one line which port is busy and which variable changes it', async () => {
    const blocker = createNetServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const cli = start({ PORT: String(port), FOREIGN_PORT: '0' });
      expect(await cli.exited).toBe(1);
      const out = await cli.until(/in use/);
      expect(out.trim().split('\n')).toHaveLength(1);
      expect(out).toContain(`Port ${port} is already in use`);
      expect(out).toContain('PORT=');
    } finally {
      blocker.close();
    }
  });

  it('refuses a PORT that is not a number', async () => {
    const cli = start({ PORT: 'eighty' });
    expect(await cli.exited).toBe(1);
    expect(await cli.until(/not a port/)).toContain('PORT=eighty is not a port number');
  });
});
