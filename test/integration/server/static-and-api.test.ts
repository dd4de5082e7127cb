import { request } from 'node:http';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, PortInUseError, type RunningServer } from '../../../mock-server/index';

// A tiny stand-in for dist/, so these tests do not depend on a build.
const dist = mkdtempSync(join(tmpdir(), 'comms-lab-dist-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(
  join(dist, 'index.html'),
  '<!doctype html><title>Comms Lab</title><div id="root"></div>',
);
writeFileSync(join(dist, 'assets', 'app-123.js'), 'console.log("app")');
writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');

let server: RunningServer;
beforeAll(async () => {
  server = await createServer({ port: 0, foreignPort: 0, distDir: dist });
});
afterAll(() => server.close());

/** A raw request, so paths such as /%2e%2e/ are sent exactly as written. */
function raw(
  port: number,
  path: string,
  init: { method?: string; headers?: Record<string, string> } = {},
) {
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: string;
  }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the server', () => {
  it('serves the app with HTML headers, a CSP and nosniff', async () => {
    const res = await raw(server.ports.app, '/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body).toContain('<div id="root">');
  });

  it('falls back to index.html for app routes, but not for missing files', async () => {
    for (const path of ['/m/broadcast-channel', '/compare', '/peer/window-open', '/anything']) {
      const res = await raw(server.ports.app, path);
      expect(res.status, path).toBe(200);
      expect(res.body).toContain('<div id="root">');
    }
    expect((await raw(server.ports.app, '/assets/missing.js')).status).toBe(404);
  });

  it('serves assets with their content types and long caching for hashed files', async () => {
    const js = await raw(server.ports.app, '/assets/app-123.js');
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toContain('immutable');
    const svg = await raw(server.ports.app, '/favicon.svg');
    expect(svg.headers['content-type']).toBe('image/svg+xml');
    expect(svg.headers['cache-control']).toBe('no-cache');
  });

  it('serves the same app on the foreign origin port', async () => {
    expect(server.ports.foreign).not.toBe(server.ports.app);
    const res = await raw(server.ports.foreign, '/m/storage-event');
    expect(res.status).toBe(200);
    expect(res.body).toContain('<div id="root">');
  });

  it('never serves files outside the app folder', async () => {
    for (const path of [
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2fetc%2fpasswd',
      '/assets/%2e%2e/%2e%2e/package.json',
    ]) {
      const res = await raw(server.ports.app, path);
      expect(res.body, path).not.toContain('root:');
      expect(res.body, path).not.toContain('"name"');
    }
  });

  it('answers malformed URLs and other methods with clear errors', async () => {
    expect((await raw(server.ports.app, '/%E0%A4%A')).status).toBe(400);
    const post = await raw(server.ports.app, '/', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  it('reports health on /api/health', async () => {
    const res = await fetch(`http://127.0.0.1:${server.ports.app}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      ok: true,
      name: 'comms-lab',
      urls: { app: server.urls.app, foreign: server.urls.foreign },
    });
  });

  it('lets the foreign origin call the API, and refuses origins not on the allowlist', async () => {
    const foreign = `http://localhost:${server.ports.foreign}`;
    const allowed = await raw(server.ports.app, '/api/health', { headers: { Origin: foreign } });
    expect(allowed.status).toBe(200);
    expect(allowed.headers['access-control-allow-origin']).toBe(foreign);
    for (const origin of [
      'http://evil.test',
      `http://localhost:${server.ports.app}.evil.test`,
      'null',
      `https://localhost:${server.ports.app}`,
    ]) {
      const res = await raw(server.ports.app, '/api/health', { headers: { Origin: origin } });
      expect(res.status, origin).toBe(403);
      expect(JSON.parse(res.body)).toMatchObject({ error: 'origin-not-allowed' });
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    }
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await raw(server.ports.app, '/api/nope');
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body)).toMatchObject({ error: 'not-found' });
  });

  it('names the port and the variable when a port is busy', async () => {
    const attempt = createServer({ port: server.ports.app, foreignPort: 0, distDir: dist });
    await expect(attempt).rejects.toBeInstanceOf(PortInUseError);
    await expect(attempt).rejects.toThrow(`Port ${server.ports.app} is already in use`);
    await expect(attempt).rejects.toThrow('set PORT to another port');
    const foreignBusy = createServer({ port: 0, foreignPort: server.ports.foreign, distDir: dist });
    await expect(foreignBusy).rejects.toThrow('FOREIGN_PORT');
  });

  it('binds to 127.0.0.1 by default', async () => {
    const other = await createServer({ port: 0, foreignPort: 0, distDir: dist });
    try {
      const res = await raw(other.ports.app, '/api/health');
      expect(res.status).toBe(200);
      expect(other.urls.app).toMatch(/^http:\/\/localhost:\d+\/$/);
    } finally {
      await other.close();
    }
  });
});

describe('the served app configuration', () => {
  it('puts the foreign port into index.html, and lets sandboxed (origin null) frames load assets', async () => {
    const configured = await createServer({ port: 0, foreignPort: 0, distDir: dist });
    try {
      writeFileSync(
        join(dist, 'index.html'),
        '<!doctype html><head><meta name="comms-lab-config" content="{}" /></head><div id="root"></div>',
      );
      const html = await raw(configured.ports.app, '/m/iframe-post-message');
      expect(html.body).toContain(
        `<meta name="comms-lab-config" content="{&quot;foreignPort&quot;:${configured.ports.foreign}}" />`,
      );
      expect(Number(html.headers['content-length'])).toBe(Buffer.byteLength(html.body));
      const js = await raw(configured.ports.app, '/assets/app-123.js', {
        headers: { Origin: 'null' },
      });
      expect(js.headers['access-control-allow-origin']).toBe('*');
      expect(html.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await configured.close();
    }
  });
});
