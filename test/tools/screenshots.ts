// `npx tsx test/tools/screenshots.ts [outDir]`: screenshots of every page, in both languages and in
// presenter mode, with two tabs that have talked, so a person can look at what the app shows.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { createServer } from '../../mock-server/index';
import { findLanAddress } from '../../mock-server/lan';
import { mechanisms as registry } from '../../src/mechanisms/registry';
import { CHROMIUM_ARGS, findChromium } from './chromium';

const mechanisms = registry.map((m) => m.meta.id);
const out = resolve(process.argv[2] ?? 'screenshots');
mkdirSync(out, { recursive: true });
const server = await createServer({ port: 0, foreignPort: 0 });
// Classroom mode on its own server: the real LAN address, or a documentation one when there is none.
const found = findLanAddress();
const lanServer = await createServer({
  port: 0,
  foreignPort: 0,
  lan: { address: found.address ?? '192.0.2.10' },
});
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

async function shoot(page: Page, name: string, tall = false) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  if (tall) {
    await page.setViewportSize({ width: 1280, height: 1200 });
    await page.locator('main').evaluate((main) => main.scrollTo(0, 0));
  }
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: false });
  if (tall) await page.setViewportSize({ width: 1280, height: 720 });
  console.log(`${out}/${name}.png`);
}

try {
  for (const lang of ['en', 'zh-CN']) {
    for (const presenter of [false, true]) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const a = await context.newPage();
      const b = await context.newPage();
      const suffix = `${lang}${presenter ? '-presenter' : ''}`;
      const msg = lang === 'en' ? 'Message' : '消息';
      const send = lang === 'en' ? 'Send' : '发送';
      await a.goto(`${server.urls.app}?lang=${lang}`);
      if (presenter) await a.evaluate(() => localStorage.setItem('comms-lab:presenter', 'on'));
      await a.reload();
      await shoot(a, `overview-${suffix}`);
      for (const id of mechanisms.filter(
        (m) =>
          m === 'broadcast-channel' ||
          m === 'storage-event' ||
          m === 'service-worker' ||
          m === 'websocket' ||
          m === 'server-sent-events',
      )) {
        await a.goto(`${server.urls.app}m/${id}`);
        await b.goto(`${server.urls.app}m/${id}`);
        for (const tab of [a, b])
          await tab.locator('[role="log"] [data-direction="status"]').first().waitFor();
        if (id === 'service-worker') {
          // The first load is uncontrolled: claim both tabs, as a teacher would.
          await a.locator('tr[data-slot="active"]', { hasText: 'activated' }).waitFor();
          await a.getByRole('button', { name: /clients\.claim/ }).click();
          for (const tab of [a, b])
            await tab.getByTestId('controller').filter({ hasText: /v1/ }).waitFor();
        }
        await a
          .getByRole('textbox', { name: msg, exact: true })
          .fill('hello <img src=x onerror=alert(1)>');
        await a.getByRole('button', { name: send, exact: true }).click();
        await b.locator('[role="log"] [data-direction="received"]').last().waitFor();
        await b.locator('[role="log"] [data-direction="received"]').last().click();
        // The server pages are taller: their server panel sits below the fold.
        const tall = id === 'websocket' || id === 'server-sent-events';
        await shoot(b, `${id}-receiver-${suffix}`, tall);
        await shoot(a, `${id}-sender-${suffix}`, tall);
      }
      // The frames page: a message to the cross-origin frame, its receipt, and a revealed hostile frame.
      await a.goto(`${server.urls.app}m/iframe-post-message`);
      await a.getByTestId('frame-state').nth(2).waitFor();
      await a.waitForTimeout(800);
      await a
        .getByRole('radio', {
          name: lang === 'en' ? /the same server under another name/ : /同一台服务器换了个名字/,
        })
        .check();
      await a.getByRole('textbox', { name: msg, exact: true }).fill('hello frames');
      await a.getByRole('button', { name: send, exact: true }).click();
      await a.waitForTimeout(800);
      await shoot(a, `iframe-post-message-${suffix}`, true);
      // The popup page: open one with a message queued before it is ready.
      await a.goto(`${server.urls.app}m/window-open`);
      await a
        .getByRole('textbox', {
          name: lang === 'en' ? /Send this right after opening/ : /打开后立即发送/,
        })
        .fill('queued before ready');
      const popup = a.waitForEvent('popup');
      await a
        .getByRole('button', { name: lang === 'en' ? 'Open popup' : '打开弹窗', exact: true })
        .click();
      const opened = await popup;
      await opened.getByRole('heading', { level: 1 }).waitFor();
      await a.waitForTimeout(800);
      await shoot(a, `window-open-${suffix}`);
      await opened.screenshot({ path: `${out}/window-open-popup-${suffix}.png` });
      await opened.close();
      // The flow view: two tabs have talked; one shows the log as a sequence diagram.
      await a.goto(`${server.urls.app}m/broadcast-channel`);
      await b.goto(`${server.urls.app}m/broadcast-channel`);
      for (const tab of [a, b])
        await tab.locator('[role="log"] [data-direction="status"]').first().waitFor();
      for (const [tab, text] of [
        [b, 'hello A'],
        [a, 'hello B'],
        [b, 'how are you?'],
      ] as const) {
        await tab.getByRole('textbox', { name: msg, exact: true }).fill(text);
        await tab.getByRole('button', { name: send, exact: true }).click();
      }
      await a
        .getByRole('button', { name: lang === 'en' ? 'Try to send a function' : /函数/ })
        .click();
      await a.getByRole('radio', { name: lang === 'en' ? 'Flow' : '流程图' }).check();
      await a.waitForTimeout(500);
      await shoot(a, `flow-view-${suffix}`);
      // Classroom mode: the server panel with the LAN address and its QR code.
      await a.goto(`${lanServer.urls.app}m/websocket`);
      await a.locator('[data-testid="lan"]').scrollIntoViewIfNeeded();
      await a.waitForTimeout(300);
      await a.screenshot({ path: `${out}/lan-${suffix}.png` });
      console.log(`${out}/lan-${suffix}.png`);
      // The compare page after a short race: the table, then the chart.
      await a.goto(`${server.urls.app}compare?messages=30`);
      await a
        .getByRole('button', { name: lang === 'en' ? 'Run the race' : '开始竞速', exact: true })
        .click();
      await a.getByText(lang === 'en' ? /Race finished/ : /竞速完成/).waitFor({ timeout: 120_000 });
      // The table with its measured columns, from the top; then the chart.
      await a.locator('main').evaluate((main) => main.scrollTo(0, 0));
      await a.evaluate(() => window.scrollTo(0, 0));
      await shoot(a, `compare-${suffix}`);
      await a.locator('.race-chart').scrollIntoViewIfNeeded();
      await a.screenshot({ path: `${out}/compare-race-${suffix}.png` });
      console.log(`${out}/compare-race-${suffix}.png`);
      await a.goto(`${server.urls.app}no-such-page`);
      await shoot(a, `not-found-${suffix}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
  await lanServer.close();
}
