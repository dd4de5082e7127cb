// `npm run screenshots` (after `npx vite build`): renews every picture the README shows, in
// public/screenshots/, from the built app served by the real server on loopback. Each picture sets up
// the state its alt text in README.md describes. `-- --only NAME[,NAME]` renews some; `-- --out DIR`
// writes elsewhere. Not part of `npm test`: a person looks at each picture before committing it.
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import {
  arrived,
  open,
  openContext,
  send,
  shoot,
  startRig,
  type Look,
  type Rig,
} from './shots/setup';

const arg = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const out = resolve(arg('out') ?? 'public/screenshots');
const only = arg('only')?.split(',');

type Picture = { name: string; look: Look; take: (rig: Rig, look: Look) => Promise<Page> };

/** Two tabs of one context on a route; B sends, A receives and opens the entry. */
async function twoTabs(rig: Rig, look: Look, route: string, text: string, openIt = true) {
  const context = await openContext(rig, look);
  const a = await context.newPage();
  const b = await context.newPage();
  await open(a, `${rig.app}${route}`);
  await open(b, `${rig.app}${route}`);
  await a.bringToFront();
  await send(b, look.lang, text);
  await arrived(a, openIt);
  return a;
}

async function alone(rig: Rig, look: Look, route: string) {
  const page = await (await openContext(rig, look)).newPage();
  await open(page, `${rig.app}${route}`);
  return page;
}

const PICTURES: Picture[] = [
  {
    name: 'iframe-post-message',
    look: { lang: 'en' },
    take: async (rig, look) => {
      const page = await alone(rig, look, 'm/iframe-post-message');
      await send(page, look.lang, 'hello frames');
      await arrived(page, false, 'sent');
      // The three frames, each a small chat panel, sit below the send form: bring them up.
      await page.locator('main iframe').first().scrollIntoViewIfNeeded();
      return page;
    },
  },
  {
    name: 'broadcast-channel',
    look: { lang: 'en' },
    take: (rig, look) => twoTabs(rig, look, 'm/broadcast-channel', 'hello from the other tab'),
  },
  {
    name: 'websocket',
    look: { lang: 'en' },
    take: (rig, look) => twoTabs(rig, look, 'm/websocket', 'hello, room'),
  },
  {
    name: 'server-sent-events-zh-CN',
    look: { lang: 'zh-CN' },
    take: async (rig, look) => {
      const page = await alone(rig, look, 'm/server-sent-events');
      await send(page, look.lang, '大家好');
      await arrived(page);
      return page;
    },
  },
  {
    name: 'webrtc-data-channel',
    look: { lang: 'en' },
    take: (rig, look) => twoTabs(rig, look, 'm/webrtc-data-channel', 'hello, peer', false),
  },
  {
    name: 'long-polling',
    look: { lang: 'en' },
    take: (rig, look) => twoTabs(rig, look, 'm/long-polling', 'homework is up', false),
  },
  {
    name: 'long-polling-zh-CN-320',
    look: { lang: 'zh-CN', width: 320 },
    take: async (rig, look) => {
      const page = await alone(rig, look, 'm/long-polling');
      await send(page, look.lang, '你好');
      await arrived(page);
      return page;
    },
  },
  {
    name: 'shared-memory-dark',
    look: { lang: 'en', theme: 'dark' },
    take: async (rig, look) => {
      const page = await alone(rig, look, 'm/shared-memory');
      await send(page, look.lang, 'hello, worker');
      await arrived(page);
      return page;
    },
  },
  {
    name: 'compare-race',
    look: { lang: 'en' },
    take: async (rig, look) => {
      // A short race (30 messages per mechanism) shows the same chart in about a minute.
      const page = await alone(rig, look, 'compare?messages=30');
      await page.getByRole('button', { name: 'Run the race', exact: true }).click();
      await page.getByText(/Race finished/).waitFor({ timeout: 240_000 });
      // The chart is the picture: the (empty) log steps aside, the chart's title at the top.
      await page.getByRole('button', { name: 'Hide log', exact: true }).click();
      await page
        .getByRole('heading', { name: /^Round trips/ })
        .evaluate((el) => el.scrollIntoView({ block: 'start' }));
      return page;
    },
  },
  {
    name: 'flow-view',
    look: { lang: 'en' },
    take: async (rig, look) => {
      const a = await twoTabs(rig, look, 'm/broadcast-channel', 'hello A', false);
      await send(a, look.lang, 'hello B');
      await arrived(a, false, 'sent');
      // A function cannot be cloned: the flow view draws that send cut short.
      await a.getByRole('button', { name: 'Try to send a function' }).click();
      await arrived(a, false, 'error');
      await a.getByRole('radio', { name: 'Flow' }).check();
      return a;
    },
  },
  {
    name: 'lan',
    look: { lang: 'en' },
    take: async (rig, look) => {
      const page = await (await openContext(rig, look)).newPage();
      await open(page, `${rig.lanApp}m/websocket`);
      await page.locator('[data-testid="lan"]').scrollIntoViewIfNeeded();
      return page;
    },
  },
  {
    name: 'presenter-zh-CN',
    look: { lang: 'zh-CN', presenter: true },
    take: (rig, look) => twoTabs(rig, look, 'm/broadcast-channel', '大家好', false),
  },
  {
    name: 'narrow-320',
    look: { lang: 'en', width: 320 },
    take: (rig, look) => twoTabs(rig, look, 'm/broadcast-channel', 'hi from window 2', false),
  },
];

const rig = await startRig();
let failed = 0;
try {
  for (const picture of PICTURES.filter((p) => !only || only.includes(p.name))) {
    try {
      const page = await picture.take(rig, picture.look);
      await shoot(page, `${out}/${picture.name}.png`);
      await page.context().close();
    } catch (error) {
      failed += 1;
      console.error(`${picture.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
} finally {
  await rig.close();
}
process.exitCode = failed ? 1 : 0;
