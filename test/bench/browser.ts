import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { createStaticHandler } from '../../mock-server/static-files';
import { CHROMIUM_ARGS, findChromium } from '../tools/chromium';

export async function launch(): Promise<Browser> {
  // --expose-gc lets the heap figure be read after a collection; precise memory info unrounds it.
  return chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
}

/** Serves bench/minimal on its own loopback origin, so its tabs share a BroadcastChannel and storage. */
export async function serveMinimal(): Promise<{ url: string; close: () => Promise<void> }> {
  const handler = createStaticHandler(resolve('test/bench/minimal'), { csp: null });
  const server = createHttpServer((req, res) => void handler(req, res));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export async function exportLog(
  page: Page,
): Promise<Array<{ direction: string; summary: string; latencyMs?: number }>> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const { readFile } = await import('node:fs/promises');
  return JSON.parse(await readFile(await (await download).path(), 'utf8')).entries;
}
