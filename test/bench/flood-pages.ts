// The two tabs the memory looks at a log flood share (heap-flood.ts, heap-kept.ts): the receiving
// page (the app's BroadcastChannel page, or with --minimal the minimal page) and a generator tab
// of the same origin, from the command line `[--port P] [--total N] [--minimal]`.
import type { BrowserContext, Page } from '@playwright/test';
import { createServer } from '../../mock-server/index';
import { launch, serveMinimal } from './browser';

export type FloodPages = {
  context: BrowserContext;
  receiver: Page;
  generator: Page;
  total: number;
  minimalPage: boolean;
  /** A flag's value from the command line, or the fallback. */
  flag: (name: string, fallback: string) => string;
  has: (name: string) => boolean;
  close: () => Promise<void>;
};

export async function openFloodPages(argv = process.argv.slice(2)): Promise<FloodPages> {
  const flag = (name: string, fallback: string) => {
    const i = argv.indexOf(name);
    return i < 0 ? fallback : (argv[i + 1] ?? fallback);
  };
  const port = Number(flag('--port', '0'));
  const minimalPage = argv.includes('--minimal');
  const server = await createServer({ port, foreignPort: port ? port + 1 : 0 });
  const minimal = await serveMinimal(port ? [port + 2, port + 3] : [0, 0]);
  const browser = await launch();
  const close = async () => {
    await browser.close();
    await minimal.close();
    await server.close();
  };
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const receiver = await context.newPage();
    const generator = await context.newPage();
    await receiver.goto(
      minimalPage ? `${minimal.url}log.html` : `${server.urls.app}m/broadcast-channel?lang=en`,
    );
    await generator.goto(
      minimalPage ? `${minimal.url}generator.html` : `${server.urls.app}compare`,
    );
    await receiver.waitForTimeout(1000);
    const total = Number(flag('--total', '20000'));
    return {
      context,
      receiver,
      generator,
      total,
      minimalPage,
      flag,
      has: (name) => argv.includes(name),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
