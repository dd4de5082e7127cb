// `npx tsx test/tools/screenshots.ts [outDir]`: screenshots of every page, in both languages and in
// presenter mode, with two tabs that have talked, so a person can look at what the app shows.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { createServer } from '../../mock-server/index';
import { mechanisms as registry } from '../../src/mechanisms/registry';
import { CHROMIUM_ARGS, findChromium } from './chromium';

const mechanisms = registry.map((m) => m.meta.id);
const out = resolve(process.argv[2] ?? 'screenshots');
mkdirSync(out, { recursive: true });
const server = await createServer({ port: 0, foreignPort: 0 });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

async function shoot(page: Page, name: string) {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: false });
  console.log(`${out}/${name}.png`);
}

try {
  for (const lang of ['en', 'zh-CN']) {
    for (const presenter of [false, true]) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const a = await context.newPage();
      const b = await context.newPage();
      const suffix = `${lang}${presenter ? '-presenter' : ''}`;
      await a.goto(`${server.urls.app}?lang=${lang}`);
      if (presenter) await a.evaluate(() => localStorage.setItem('comms-lab:presenter', 'on'));
      await a.reload();
      await shoot(a, `overview-${suffix}`);
      for (const id of mechanisms) {
        await a.goto(`${server.urls.app}m/${id}`);
        await b.goto(`${server.urls.app}m/${id}`);
        for (const tab of [a, b])
          await tab.locator('[role="log"] [data-direction="status"]').first().waitFor();
        await a
          .getByRole('textbox', { name: lang === 'en' ? 'Message' : '消息' })
          .fill('hello <img src=x onerror=alert(1)>');
        await a.getByRole('button', { name: lang === 'en' ? 'Send' : '发送', exact: true }).click();
        await b.locator('[role="log"] [data-direction="received"]').last().waitFor();
        await b.locator('[role="log"] [data-direction="received"]').last().click();
        await shoot(b, `${id}-receiver-${suffix}`);
        await shoot(a, `${id}-sender-${suffix}`);
      }
      await a.goto(`${server.urls.app}compare`);
      await shoot(a, `compare-${suffix}`);
      await a.goto(`${server.urls.app}no-such-page`);
      await shoot(a, `not-found-${suffix}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
