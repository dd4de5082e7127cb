// Shared pieces of the screenshot tools: the real server on loopback, the system Chromium, and
// contexts that open in a chosen language, theme and mode (the same settings the header writes).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { createServer } from '../../../mock-server/index';
import { CHROMIUM_ARGS, findChromium } from '../chromium';

export type Look = {
  lang: 'en' | 'zh-CN';
  theme?: 'light' | 'dark';
  presenter?: boolean;
  width?: number;
  height?: number;
};

export type Rig = {
  browser: Browser;
  app: string;
  /** The classroom-mode server, on loopback, announcing a documentation address (RFC 5737). */
  lanApp: string;
  close: () => Promise<void>;
};

/** `SHOTS_PORT=N` serves on N to N+3 (app, foreign, classroom app, classroom foreign); else any free. */
const base = Number(process.env.SHOTS_PORT ?? 0);
const port = (offset: number) => (base ? base + offset : 0);

export async function startRig(): Promise<Rig> {
  const server = await createServer({ port: port(0), foreignPort: port(1) });
  // 192.0.2.10 is TEST-NET-1: never contacted, only printed and encoded in the QR code, so the
  // picture is the same on every machine and shows no one's real address. Bound to loopback.
  const lanServer = await createServer({
    port: port(2),
    foreignPort: port(3),
    host: '127.0.0.1',
    lan: { address: '192.0.2.10' },
  });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  return {
    browser,
    app: server.urls.app,
    lanApp: lanServer.urls.app,
    close: async () => {
      await browser.close();
      await server.close();
      await lanServer.close();
    },
  };
}

/** A context whose pages start in the given look, before the app's first script runs. */
export async function openContext(rig: Rig, look: Look): Promise<BrowserContext> {
  const context = await rig.browser.newContext({
    viewport: { width: look.width ?? 1280, height: look.height ?? 720 },
    colorScheme: look.theme ?? 'light',
  });
  await context.addInitScript(
    ({ lang, theme, presenter }) => {
      localStorage.setItem('comms-lab:lang', lang);
      localStorage.setItem('comms-lab:theme', theme);
      localStorage.setItem('comms-lab:presenter', presenter ? 'on' : 'off');
    },
    { lang: look.lang, theme: look.theme ?? 'light', presenter: look.presenter ?? false },
  );
  return context;
}

export const words = (lang: Look['lang']) =>
  lang === 'en' ? { message: 'Message', send: 'Send' } : { message: '消息', send: '发送' };

/** Opens a route and waits until the page is drawn and (on a mechanism page) has said hello. */
export async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  if (/\/m\//.test(url))
    await page.locator('[role="log"] [data-direction]').first().waitFor({ timeout: 15_000 });
}

export async function send(
  page: Page,
  lang: Look['lang'],
  text: string,
  timeout = 30_000,
): Promise<void> {
  const w = words(lang);
  await page.getByRole('textbox', { name: w.message, exact: true }).first().fill(text, { timeout });
  await page.getByRole('button', { name: w.send, exact: true }).first().click({ timeout });
}

/** Waits for the newest entry of a direction in the page's log, and opens it when asked. */
export async function arrived(page: Page, openIt = false, direction = 'received'): Promise<void> {
  const entry = page.locator(`[role="log"] [data-direction="${direction}"]`).last();
  await entry.waitFor({ timeout: 20_000 });
  if (openIt) await entry.click();
}

export async function shoot(page: Page, path: string, whole = false): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  // Let transitions and the log's per-frame batch settle; fonts must be in before the picture.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(300);
  await page.screenshot({ path });
  console.log(path);
  if (!whole) return;
  // The shell scrolls the stage (#main), not the document, so a full-page picture would be the
  // window again: the rest of the stage comes as further screenfuls, `-2.png`, `-3.png`, ….
  for (let screen = 2; ; screen += 1) {
    const moved = await page.evaluate(() => {
      const main = document.querySelector('#main');
      if (!main || main.scrollTop + main.clientHeight >= main.scrollHeight - 1) return false;
      main.scrollTop += main.clientHeight - 40;
      return true;
    });
    if (!moved) break;
    await page.waitForTimeout(150);
    const next = path.replace(/\.png$/, `-${screen}.png`);
    await page.screenshot({ path: next });
    console.log(next);
  }
}
