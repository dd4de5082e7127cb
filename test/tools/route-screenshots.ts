// `npx tsx test/tools/route-screenshots.ts [--only overview,compare,popup,frame,ID] [--looks 320,dark] [--full]`
// (after `npx vite build`; `SHOTS_PORT=N` to serve on chosen ports): every route, a popup and a
// frame, at a 1280×720 projector, in presenter mode there, and in 320, 427 and 640 px windows (four,
// three and two side by side on a 1280 screen), in both languages and both themes, into
// .test-output/shots/, for a person to look at. Each mechanism page has received one message from a
// second tab first, so the log shows what a class would see. `--looks` keeps the looks whose tag
// contains every given word; `--full` also takes the rest of each stage, a screenful at a time.
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { mechanisms } from '../../src/mechanisms/registry';
import { arrived, open, openContext, send, shoot, startRig, type Look } from './shots/setup';

const arg = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1]?.split(',') : undefined;
};
const only = arg('only');
const wanted = arg('looks') ?? [];
const full = process.argv.includes('--full');
const out = resolve('.test-output/shots');
const SIZES = [
  { size: '1280', look: {} },
  { size: 'presenter', look: { presenter: true } },
  { size: '320', look: { width: 320 } },
  // Three and two windows side by side on a 1280 screen.
  { size: '427', look: { width: 427 } },
  { size: '640', look: { width: 640 } },
] as const;
const LOOKS = SIZES.flatMap(({ size, look }) =>
  (['en', 'zh-CN'] as const).flatMap((lang) =>
    (['light', 'dark'] as const).map((theme) => ({
      tag: `${size}-${lang}-${theme}`,
      look: { ...look, lang, theme } satisfies Look,
    })),
  ),
).filter(({ tag }) => wanted.every((word) => `-${tag}-`.includes(`-${word}-`)));
const routes = ['', 'compare', ...mechanisms.map((m) => `m/${m.meta.id}`), 'popup', 'frame'].filter(
  (route) => !only || only.includes(route.replace(/^m\//, '') || 'overview'),
);

/** The window.open page's first popup, as the opener opened it. */
async function popup(context: BrowserContext, page: Page, app: string, look: Look) {
  await open(page, `${app}m/window-open`);
  const opened = context.waitForEvent('page');
  await page
    .getByRole('button', { name: look.lang === 'en' ? 'Open popup' : '打开弹窗', exact: true })
    .first()
    .click();
  const peer = await opened;
  await peer.getByRole('heading', { level: 1 }).first().waitFor();
  return peer;
}

const rig = await startRig();
let failed = 0;
try {
  for (const { tag, look } of LOOKS) {
    const context = await openContext(rig, look);
    const page = await context.newPage();
    const other = await context.newPage();
    for (const route of routes) {
      const slug = route === '' ? 'overview' : route.replace(/^m\//, '');
      const path = `${out}/${slug}-${tag}.png`;
      try {
        if (route === 'popup') {
          const peer = await popup(context, page, rig.app, look);
          await shoot(peer, path, full);
          await peer.close();
          continue;
        }
        if (route === 'frame') {
          // The first frame on the iframe page, at the size the page gives it.
          await open(page, `${rig.app}m/iframe-post-message`);
          const frame = page.locator('main iframe').first();
          await frame.scrollIntoViewIfNeeded();
          await page.waitForTimeout(1_000);
          await frame.screenshot({ path });
          console.log(path);
          continue;
        }
        await open(page, `${rig.app}${route}`);
        if (route.startsWith('m/')) {
          // A message from another tab, where the page has a peer that is another tab; pages whose
          // other side is a frame, a popup or a worker show their own hello.
          // (window.open's Send waits for a popup: no message there, the page as it loads.)
          await open(other, `${rig.app}${route}`);
          await send(other, look.lang, look.lang === 'en' ? 'hello, class' : '同学们好', 3_000)
            .then(() => arrived(page))
            .catch(() => undefined);
        }
        await page.bringToFront();
        await shoot(page, path, full);
      } catch (error) {
        failed += 1;
        console.error(`${slug} ${tag}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    await context.close();
  }
} finally {
  await rig.close();
}
process.exitCode = failed ? 1 : 0;
