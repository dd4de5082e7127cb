import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type RunningServer } from '../../../mock-server/index';
import { findIsolatedMechanisms, isolationFor } from '../../../mock-server/isolation';

// Cross-origin isolation goes to the routes whose mechanism asks for it in its meta, and to
// their workers' scripts; nothing else gets COOP or COEP.
const dist = mkdtempSync(join(tmpdir(), 'comms-lab-isolation-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Comms Lab</title>');
writeFileSync(join(dist, 'assets', 'sab-mailbox.worker-Ab12_c.js'), 'self.x = 1');
writeFileSync(join(dist, 'assets', 'echo.worker-Zz99.js'), 'self.x = 1');
writeFileSync(join(dist, 'assets', 'index-123.js'), 'console.log(1)');

let server: RunningServer;
beforeAll(async () => {
  server = await createServer({ port: 0, foreignPort: 0, distDir: dist });
});
afterAll(() => server.close());

const headersOf = async (path: string) => {
  const res = await fetch(`http://127.0.0.1:${server.ports.app}${path}`);
  await res.arrayBuffer();
  return {
    status: res.status,
    coop: res.headers.get('cross-origin-opener-policy'),
    coep: res.headers.get('cross-origin-embedder-policy'),
  };
};

describe('cross-origin isolation headers', () => {
  it('finds the one mechanism that asks for isolation, from its meta', async () => {
    const found = await findIsolatedMechanisms(resolve('src/mechanisms'));
    expect(found.map((m) => m.id)).toEqual(['shared-memory']);
    expect(found[0]?.workers).toEqual(['sab-mailbox']);
  });

  it('sends COOP same-origin and COEP require-corp on that route alone', async () => {
    for (const path of ['/m/shared-memory', '/m/shared-memory/', '/m/shared-memory?lang=en'])
      expect(await headersOf(path)).toEqual({
        status: 200,
        coop: 'same-origin',
        coep: 'require-corp',
      });
    for (const path of [
      '/',
      '/compare',
      '/m/websocket',
      '/m/shared-worker',
      '/m/shared-memoryx',
      '/peer/shared-memory',
      '/assets/index-123.js',
      '/assets/echo.worker-Zz99.js',
    ])
      expect(await headersOf(path), path).toEqual({ status: 200, coop: null, coep: null });
  });

  it("gives the route's worker script COEP (a worker of an isolated page needs it)", async () => {
    expect(await headersOf('/assets/sab-mailbox.worker-Ab12_c.js')).toEqual({
      status: 200,
      coop: null,
      coep: 'require-corp',
    });
  });

  it('matches dev-mode worker sources and bundled names, nothing near them', () => {
    const headers = isolationFor([{ id: 'demo', workers: ['w'] }]);
    expect(headers('/m/demo')).not.toBeNull();
    expect(headers('/src/mechanisms/demo/w.worker.ts')).not.toBeNull();
    expect(headers('/w.js')).not.toBeNull();
    expect(headers('/assets/w.worker-abc.js')).not.toBeNull();
    for (const path of ['/m/demo2', '/src/mechanisms/demo2/w.worker.ts', '/x/w.js', '/assets/w.js'])
      expect(headers(path), path).toBeNull();
  });
});
