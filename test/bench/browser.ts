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

/**
 * Serves test/bench/minimal on its own loopback origin (so its tabs share a BroadcastChannel and
 * storage), and again on a second port: a cross-origin child for the frame benchmark.
 */
export async function serveMinimal(ports: [number, number] = [0, 0]): Promise<{
  url: string;
  foreign: string;
  close: () => Promise<void>;
}> {
  const handler = createStaticHandler(resolve('test/bench/minimal'), { csp: null });
  const servers = ports.map(() => createHttpServer((req, res) => void handler(req, res)));
  const bound = await Promise.all(
    servers.map(
      (server, i) =>
        new Promise<number>((done) =>
          server.listen(ports[i], '127.0.0.1', () => done((server.address() as AddressInfo).port)),
        ),
    ),
  );
  return {
    url: `http://127.0.0.1:${bound[0]}/`,
    foreign: `http://127.0.0.1:${bound[1]}`,
    close: () =>
      Promise.all(
        servers.map((server) => new Promise<void>((done) => server.close(() => done()))),
      ).then(() => undefined),
  };
}

export type ExportedEntry = { direction: string; summary: string; at: number; latencyMs?: number };

/** The log exactly as a person exports it: click "Export JSON", read the downloaded file. */
export async function exportLog<T = ExportedEntry>(page: Page): Promise<T[]> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const { readFile } = await import('node:fs/promises');
  return JSON.parse(await readFile(await (await download).path(), 'utf8')).entries;
}
