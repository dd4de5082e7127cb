import type { Page } from 'puppeteer-core';
import { assert, poll, test } from './harness';
import { LabTab } from './lab-tab';

// HTTP/1.1 connections per server (Firefox: network.http.max-persistent-connections-per-server,
// 6): six EventSources hold them all. Firefox differs from Chromium in one way: a request started
// while the page handles user input is "urgent-start" and may open a few connections over the
// limit (network.http.max-urgent-start-excessive-connections-per-host). Each test here has its own
// browser context, and Firefox keeps a pool per context, so it runs beside the others.
const PATH = '/m/server-sent-events';
const TIMER = /Waiting for an answer[^.]*|Answered after \d+ ms/;

/** A fetch from a timer (no user input), its duration or null while it still waits. */
const startScriptedFetch = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { scripted?: number | null };
    w.scripted = null;
    setTimeout(() => {
      const started = performance.now();
      void fetch(`/api/health?scripted=${started}`, { cache: 'no-store' }).then(() => {
        w.scripted = Math.round(performance.now() - started);
      });
    }, 0);
  });
const scriptedFetch = (page: Page) =>
  page.evaluate(() => (window as unknown as { scripted?: number | null }).scripted ?? null);

test(
  'Firefox: with six streams open, a scripted request waits until one closes; one from a click goes through',
  async ({ context, base, measured }) => {
    const tabs: LabTab[] = [];
    for (let i = 0; i < 6; i++) {
      const tab = await LabTab.open(context, `${base}${PATH}`);
      await tab.waitForEntry('status', 'open', undefined, 20_000);
      tabs.push(tab);
    }
    const first = tabs[0]!;
    const page = first.page as Page;

    // A request the page makes on its own waits: six streams hold every connection.
    await startScriptedFetch(page);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    assert((await scriptedFetch(page)) === null, 'a scripted request went through at once');

    // A request started by a click is urgent-start in Firefox: it gets a connection of its own.
    await first.click('Time a request');
    const clicked = await poll('the clicked request to be answered', async () =>
      /Answered after (\d+) ms/.exec(TIMER.exec(await first.text())?.[0] ?? ''),
    );
    assert((await scriptedFetch(page)) === null, 'the scripted request stopped waiting');

    // Close one stream's tab: the waiting request goes through at once.
    await (tabs[5]!.page as Page).close();
    const waited = await poll('the scripted request to be answered', () => scriptedFetch(page));
    assert(waited > 3_000, `the scripted request was answered after ${waited} ms`);
    measured(
      `six streams open: a scripted /api/health waited ${waited} ms (until a stream closed); one from a click took ${clicked[1]} ms`,
    );
  },
  { timeoutMs: 150_000, slow: true },
);
