// `npx tsx test/tools/route-screenshots.ts [--only overview,compare,ID]` (after `npx vite build`): every route at 320 px in
// Chinese and the dark theme, and at 1280×720 in presenter mode in English and the light theme, into
// .test-output/shots/, for a person to look at. Each mechanism page has received one message from a
// second tab first, so the log shows what a class would see.
import { resolve } from 'node:path';
import { mechanisms } from '../../src/mechanisms/registry';
import { arrived, open, openContext, send, shoot, startRig, type Look } from './shots/setup';

const at = process.argv.indexOf('--only');
const only = at > 0 ? process.argv[at + 1]?.split(',') : undefined;
const out = resolve('.test-output/shots');
const LOOKS: { tag: string; look: Look }[] = [
  { tag: '320-zh-CN-dark', look: { lang: 'zh-CN', theme: 'dark', width: 320 } },
  { tag: 'presenter-en-light', look: { lang: 'en', theme: 'light', presenter: true } },
];
const routes = ['', 'compare', ...mechanisms.map((m) => `m/${m.meta.id}`)].filter(
  (route) => !only || only.includes(route.replace(/^m\//, '') || 'overview'),
);

const rig = await startRig();
let failed = 0;
try {
  for (const { tag, look } of LOOKS) {
    const context = await openContext(rig, look);
    const page = await context.newPage();
    const other = await context.newPage();
    for (const route of routes) {
      const slug = route === '' ? 'overview' : route.replace(/^m\//, '');
      try {
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
        await shoot(page, `${out}/${slug}-${tag}.png`);
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
