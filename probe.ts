import { chromium } from '@playwright/test';
import { createServer } from './mock-server/index';
import { CHROMIUM_ARGS, findChromium } from './test/tools/chromium';
const server = await createServer({ port: 0, foreignPort: 0 });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
const a = await context.newPage();
const b = await context.newPage();
for (const p of [a, b]) {
  p.on('pageerror', (e) => console.log('pageerror', e.message));
  p.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
}
await a.goto(server.urls.app + 'm/service-worker?lang=en');
await b.goto(server.urls.app + 'm/service-worker?lang=en');
await a.waitForTimeout(1500);
console.log('A controller:', await a.getByTestId('controller').textContent());
console.log('A slots:', await a.getByRole('table', { name: 'Worker slots' }).textContent());
await a.getByRole('textbox', { name: 'Message', exact: true }).fill('before control');
await a.getByRole('button', { name: 'Send', exact: true }).click();
console.log('A notice:', await a.getByRole('status').first().textContent());
await a.getByRole('button', { name: /Claim this page/ }).click();
await a.waitForTimeout(1000);
console.log('A controller after claim:', await a.getByTestId('controller').textContent());
console.log(
  'B received:',
  await b.getByRole('log').locator('[data-direction="received"]').allTextContents(),
);
console.log(
  'A clients:',
  await a.getByRole('list', { name: 'Tabs the worker controls' }).textContent(),
);
await a.screenshot({ path: '/tmp/sw.png' });
await browser.close();
await server.close();
