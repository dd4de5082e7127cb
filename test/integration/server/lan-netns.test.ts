// Classroom mode on a real second host: a network namespace on a veth pair stands in for a
// student's machine. With --lan it reaches the printed URL over HTTP, WebSocket and SSE; without,
// the same client is refused, because the server listens on 127.0.0.1 only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientInNetns, createNetns, type Netns } from '../support/netns';
import { startCli } from '../support/cli';

let ns: Netns | null = null;
let problem = '';
beforeAll(async () => {
  const made = await createNetns();
  if ('problem' in made) problem = made.problem;
  else ns = made;
}, 20_000);
afterAll(async () => {
  await ns?.remove();
});

describe('--lan on a second host (network namespace)', () => {
  it('serves the printed LAN URL to a client on another host: HTTP, WebSocket and SSE', async (context) => {
    if (!ns) {
      console.warn(`SKIPPED the LAN test: ${problem}`);
      return context.skip();
    }
    const cli = startCli({ PORT: '0', FOREIGN_PORT: '0', LAN_ADDRESS: ns.hostAddress }, ['--lan']);
    try {
      const out = await cli.until(/Press Ctrl-C to stop/);
      const url = new RegExp(
        `Class \\(LAN\\):\\s+(http://${ns.hostAddress.replace(/\./g, '\\.')}:\\d+/)`,
      ).exec(out)?.[1];
      expect(url, out).toBeDefined();
      const result = await clientInNetns(ns, url as string);
      expect(result).toEqual({ http: 200, ws: 'welcome', sse: 'ready' });
    } finally {
      cli.child.kill('SIGINT');
      await cli.exited;
    }
  }, 30_000);

  it('refuses the same client without --lan (bound to 127.0.0.1)', async (context) => {
    if (!ns) {
      console.warn(`SKIPPED the LAN test: ${problem}`);
      return context.skip();
    }
    const cli = startCli({ PORT: '0', FOREIGN_PORT: '0' });
    try {
      const out = await cli.until(/Press Ctrl-C to stop/);
      const port = /App:\s+http:\/\/localhost:(\d+)/.exec(out)?.[1];
      const result = await clientInNetns(ns, `http://${ns.hostAddress}:${port}/`);
      expect(result).toEqual({ http: 'ECONNREFUSED', ws: 'ECONNREFUSED', sse: 'ECONNREFUSED' });
    } finally {
      cli.child.kill('SIGINT');
      await cli.exited;
    }
  }, 30_000);
});
