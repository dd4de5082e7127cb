import type { BrowserContext, Frame, Page } from 'puppeteer-core';
import { poll } from './harness';

// One tab (or frame, or popup) of Comms Lab in Firefox, driven as a person does: by roles and
// accessible names (ARCHITECTURE §7), the same ones the Chromium page object uses.

const aria = (role: string, name: string) =>
  `::-p-aria([name=${JSON.stringify(name)}][role=${JSON.stringify(role)}])`;

/**
 * A new tab, asked for again once when Firefox's WebDriver BiDi answers that the browsing context it
 * was creating from is gone (`DiscardedBrowsingContextError` right after the last test's tabs
 * closed): a driver race, not the app's.
 */
async function newPage(context: BrowserContext): Promise<Page> {
  try {
    return await context.newPage();
  } catch (error) {
    if (!String(error).includes('DiscardedBrowsingContextError')) throw error;
    return context.newPage();
  }
}

type Direction = 'sent' | 'received' | 'rejected' | 'error' | 'status';

export class LabTab {
  constructor(readonly page: Page | Frame) {}

  static async open(context: BrowserContext, url: string): Promise<LabTab> {
    const tab = new LabTab(await newPage(context));
    await tab.goto(url);
    return tab;
  }

  async goto(url: string): Promise<void> {
    await (this.page as Page).goto(`${url}${url.includes('?') ? '&' : '?'}lang=en`);
    await this.page.waitForSelector(aria('log', 'Message log'), { timeout: 20_000 });
  }

  /** The texts of the log's entries in one direction. */
  async entries(direction: Direction): Promise<string[]> {
    return this.page.evaluate(
      (d) =>
        [...document.querySelectorAll(`[role="log"] [data-direction="${d}"]`)].map(
          (row) => `${row.getAttribute('data-mechanism') ?? ''}|${row.textContent ?? ''}`,
        ),
      direction,
    );
  }

  /** Waits for an entry whose text contains `text` (and, if given, of this mechanism). */
  async waitForEntry(direction: Direction, text: string, mechanism?: string, timeoutMs = 15_000) {
    await poll(
      `a "${direction}" entry with "${text}" in the log${mechanism ? ` of ${mechanism}` : ''}`,
      async () =>
        (await this.entries(direction)).find((row) => {
          const [m, ...rest] = row.split('|');
          return rest.join('|').includes(text) && (!mechanism || m === mechanism);
        }),
      timeoutMs,
    );
  }

  async count(direction: Direction, text: string): Promise<number> {
    return (await this.entries(direction)).filter((row) => row.includes(text)).length;
  }

  /** The text the page shows to a person (its visible text, frames excluded). */
  async text(): Promise<string> {
    return this.page.evaluate(() => document.body.innerText);
  }

  async see(text: string, timeoutMs = 15_000): Promise<void> {
    await poll(`"${text}" on the page`, async () => (await this.text()).includes(text), timeoutMs);
  }

  /** What the page's notices say (role status and alert), for a failure message. */
  async notices(): Promise<string> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('[role="status"], [role="alert"]')]
        .map((n) => (n.textContent ?? '').trim())
        .filter(Boolean)
        .join(' / '),
    );
  }

  /**
   * Types into the Message box and presses Send. The box is clicked first, as a person would:
   * keys go to the focused document, and a frame from another process only has focus once clicked.
   */
  async send(text: string): Promise<void> {
    const box = await this.page.waitForSelector(aria('textbox', 'Message'));
    await box!.click();
    await box!.evaluate((el) => (el as HTMLInputElement).select());
    await box!.type(text);
    await this.click('Send');
  }

  async click(name: string): Promise<void> {
    await this.page.locator(aria('button', name)).click();
  }

  async check(role: 'checkbox' | 'switch' | 'radio', name: string): Promise<void> {
    const box = await this.page.waitForSelector(aria(role, name));
    if (!(await box!.evaluate((el) => (el as HTMLInputElement).checked))) await box!.click();
  }

  async select(combobox: string, label: string): Promise<void> {
    const select = await this.page.waitForSelector(aria('combobox', combobox));
    const value = await select!.evaluate(
      (el, l) =>
        [...(el as HTMLSelectElement).options].find((o) => o.label === l || o.text === l)?.value,
      label,
    );
    if (value === undefined) throw new Error(`no option "${label}" in "${combobox}"`);
    await select!.select(value);
  }

  /** The texts of the items of a list by its name, e.g. a frame's "Received here". */
  async listItems(name: string): Promise<string[]> {
    const list = await this.page.waitForSelector(aria('list', name));
    return list!.evaluate((el) => [...el.querySelectorAll('li')].map((li) => li.textContent ?? ''));
  }

  /** The frame whose iframe has this title. */
  async frame(title: string): Promise<LabTab> {
    const element = await this.page.waitForSelector(`iframe[title=${JSON.stringify(title)}]`);
    const frame = await element!.contentFrame();
    if (!frame) throw new Error(`the frame "${title}" has no document`);
    return new LabTab(frame);
  }

  /** The popup that pressing the button `name` opens (awaited before the press). */
  async popup(name: string): Promise<LabTab> {
    const page = this.page as Page;
    const opened = new Promise<Page | null>((resolve) => page.once('popup', resolve));
    await this.click(name);
    const popup = await opened;
    if (!popup) throw new Error(`"${name}" opened no popup`);
    return new LabTab(popup);
  }
}
