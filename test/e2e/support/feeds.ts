import type { BrowserContext, Request } from '@playwright/test';

/**
 * The feed connections this test's tabs hold open: counted in the browser, so streams that other
 * tests open on the same server at the same time are not counted.
 */
export function openFeeds(context: BrowserContext) {
  const open = new Set<Request>();
  context.on('request', (r) => {
    if (new URL(r.url()).pathname === '/sse') open.add(r);
  });
  const done = (r: Request) => open.delete(r);
  context.on('requestfinished', done);
  context.on('requestfailed', done);
  return () => [...open].filter((r) => !r.frame().page().isClosed()).length;
}
