import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Smoke, SmokeStep } from '../../src/lib/smoke-types';
import { mechanisms } from '../../src/mechanisms/registry';
import { assert, poll, test, type TestEnv } from './harness';
import { LabTab } from './lab-tab';

// Every mechanism in the registry, in Firefox: the message crosses the contexts the mechanism
// connects. What is particular to one comes from its folder's `smoke.ts` (plain data), never from
// here, so a mechanism added to the registry is covered the day it lands.

const SMOKE_DEFAULT: Smoke = { shape: { kind: 'tabs', count: 2 } };

async function descriptorOf(id: string): Promise<Smoke> {
  const file = resolve(process.cwd(), 'src/mechanisms', id, 'smoke.ts');
  if (!existsSync(file)) return SMOKE_DEFAULT;
  const { smoke } = (await import(pathToFileURL(file).href)) as { smoke?: Smoke };
  assert(smoke, `${file} exports no \`smoke\``);
  return smoke;
}

const unique = (id: string) => `firefox ${id} ${Math.random().toString(36).slice(2, 8)}`;

async function ready(tab: LabTab, smoke: Smoke) {
  if (smoke.ready) return tab.see(smoke.ready, 20_000);
  await tab.waitForEntry('status', 'open', undefined, 20_000).catch(async (error: Error) => {
    throw new Error(`${error.message}; the page says: ${await tab.notices()}`);
  });
}

async function step(tab: LabTab, action: SmokeStep) {
  if ('see' in action) await tab.see(action.see, 20_000);
  else if ('click' in action) await tab.click(action.click);
  else await tab.select(action.select, action.option);
}

/** Typed in `from`, listed in `to`'s list; typed back in `to`, received in `from`'s log. */
async function roundTrip(id: string, from: LabTab, to: LabTab, list: string) {
  const out = unique(id);
  await from.send(out);
  await poll(`"${out}" in "${list}"`, async () =>
    (await to.listItems(list)).some((item) => item.includes(out)),
  );
  const back = unique(id);
  await to.send(back);
  await from.waitForEntry('received', back, id).catch(async (error: Error) => {
    throw new Error(`${error.message}; received: ${(await from.entries('received')).join(' / ')}`);
  });
}

async function smokeOne(id: string, smoke: Smoke, env: TestEnv) {
  const url = `${env.base}/m/${id}`;
  const unsupported = smoke.unsupportedIn?.firefox;
  if (unsupported) {
    const tab = await LabTab.open(env.context, url);
    await tab.see(unsupported);
    return;
  }
  const shape = smoke.shape ?? SMOKE_DEFAULT.shape!;
  const count = shape.kind === 'tabs' ? Math.max(2, shape.count ?? 2) : 1;
  const tabs: LabTab[] = [];
  for (let i = 0; i < count; i++) tabs.push(await LabTab.open(env.context, url));
  const [first] = tabs as [LabTab];
  for (const action of smoke.prepare ?? []) await step(first, action);
  await Promise.all(tabs.map((tab) => ready(tab, smoke)));

  switch (shape.kind) {
    case 'tabs': {
      const text = unique(id);
      await first.send(text);
      for (const other of tabs.slice(1)) await other.waitForEntry('received', text, id);
      return;
    }
    case 'worker': {
      const text = unique(id);
      await first.send(text);
      await first.waitForEntry('received', text, id);
      return;
    }
    case 'frame':
      return roundTrip(id, first, await first.frame(shape.title), shape.list);
    case 'popup': {
      const popup = await first.popup(shape.open);
      await poll('the popup to show its list', async () => popup.listItems(shape.list));
      return roundTrip(id, first, popup, shape.list);
    }
  }
}

for (const mechanism of mechanisms) {
  const { id } = mechanism.meta;
  test(`smoke: ${id} carries a message between its contexts, or says why it cannot`, async (env) =>
    smokeOne(id, await descriptorOf(id), env));
}
