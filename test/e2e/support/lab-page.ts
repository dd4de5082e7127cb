import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import type { LogDirection } from '../../../src/store/log-types';

/** One tab of Comms Lab, driven the way a person does: by roles and accessible names. */
export class LabPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, path: string): Promise<LabPage> {
    const lab = new LabPage(await context.newPage());
    await lab.goto(path);
    return lab;
  }

  async goto(path: string): Promise<void> {
    await this.page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=en`);
    await expect(this.log).toBeAttached();
  }

  get log(): Locator {
    return this.page.getByRole('log', { name: 'Message log' });
  }

  get identity(): Locator {
    return this.page.getByRole('group', { name: 'Tab identity' });
  }

  get messageBox(): Locator {
    return this.page.getByRole('textbox', { name: 'Message', exact: true });
  }

  entries(direction?: LogDirection, text?: string | RegExp): Locator {
    const rows = this.log.locator(
      direction ? `[data-direction="${direction}"]` : '[data-direction]',
    );
    return text === undefined ? rows : rows.filter({ hasText: text });
  }

  /** A mechanism page is ready once its transport reports `open` (ARCHITECTURE §7: no clicks needed). */
  async ready(): Promise<void> {
    await expect(this.entries('status', 'open').first()).toBeVisible();
  }

  async send(text: string): Promise<void> {
    await this.messageBox.fill(text);
    await this.page.getByRole('button', { name: 'Send', exact: true }).click();
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }
}

/** Two (or more) tabs of one browser profile, each on the same page and ready. */
export async function openTabs(
  context: BrowserContext,
  path: string,
  count = 2,
): Promise<LabPage[]> {
  const tabs: LabPage[] = [];
  for (let i = 0; i < count; i++) tabs.push(await LabPage.open(context, path));
  await Promise.all(tabs.map((tab) => tab.ready()));
  return tabs;
}
