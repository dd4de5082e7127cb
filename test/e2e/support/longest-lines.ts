import type { Page } from '@playwright/test';
import { mechanisms } from '../../../src/mechanisms/registry';
import { en } from '../../../src/i18n/en';
import { zhCN } from '../../../src/i18n/zh-cn';

// Issue 12: every line the app or its server can write into the log shows whole, not only those a
// page writes on load. Each known text (the log's own status texts, the server's refusals, each
// mechanism's status texts, the reasons a message is refused) is set, in turn, into a copy of a
// row the list drew, with the page's own CSS and fonts, and measured. Values are filled with
// typical ones (an origin, a close code, an event id), and a status line is preceded by the
// longest status word it is shown after ("closed — …").
type Texts = {
  texts: Readonly<Record<string, string>>;
  source: { texts: Readonly<Record<string, string>> };
};
type Line = { key: string; text: string; rejected: boolean };

const VALUES: [RegExp, string][] = [
  [/^(origin|url|feed)$/i, 'http://localhost:4174'],
  [/^host$/, 'localhost:4174'],
  [/^(n|code|status|v|seconds|limit|depth|max|ms|term|generation)$/, '1006'],
  [/^(id|after|cursor|last|lastId)$/i, '12-4'],
  [/^name$/, 'Blue Tiger 769d'],
  // A kind or type someone sent that the app does not know, as it is quoted (JSON).
  [/^(type|kind)$/, '"ping"'],
];
const fill = (template: string) =>
  template.replace(
    /\{(\w+)\}/g,
    (_, name: string) => VALUES.find(([test]) => test.test(name))?.[1] ?? 'not connected',
  );

async function sources(): Promise<Texts[]> {
  const own = await import('../../../src/components/message-log/status-zh-cn');
  const server = await import('../../../src/components/message-log/server-words.zh-cn');
  const theirs = await Promise.all(
    mechanisms.flatMap((m) => (m.statusTexts ? [m.statusTexts['zh-CN']()] : [])),
  );
  return [own, server, ...theirs];
}

/** Every known line in one language, with its key; refusal reasons marked as such. */
export async function knownLines(lang: 'en' | 'zh-CN'): Promise<Line[]> {
  const lines: Line[] = [];
  for (const { texts, source } of await sources())
    for (const [key, english] of Object.entries(source.texts)) {
      const text = lang === 'en' ? english : texts[key];
      // A mechanism's reasons to refuse a message (WebRTC's "not a signal: …") show in refused rows.
      if (text) lines.push({ key, text: fill(text), rejected: key.includes('.reject.') });
    }
  for (const key of Object.keys(en) as (keyof typeof en)[])
    if (key.startsWith('reason.'))
      lines.push({ key, text: lang === 'en' ? en[key] : zhCN[key], rejected: true });
  return lines;
}

/**
 * The known lines that would be cut in the log as the page is now (each window, each mode): a
 * status or error line past its row (two lines in a narrow list and in presenter mode), and a
 * refusal's reason past its room (the payload after it may be cut): the row's one line at 1280,
 * its two lines in a narrow list, presenter mode's second line.
 */
export async function cutKnownLines(page: Page, lang: 'en' | 'zh-CN'): Promise<string[]> {
  const lines = await knownLines(lang);
  const word = lang === 'en' ? 'closed — ' : '已关闭 — ';
  return page.evaluate(
    ({ lines, word, lang }) => {
      const row = document.querySelector<HTMLElement>('[role="log"] .log-row--status');
      if (!row) return ['no status row to measure with'];
      const copy = row.cloneNode(true) as HTMLElement;
      row.after(copy);
      const summary = copy.querySelector<HTMLElement>('.log-row__summary')!;
      const cut: string[] = [];
      for (const { key, text, rejected } of lines) {
        copy.className = `log-row log-row--${rejected ? 'rejected' : 'status'}`;
        summary.replaceChildren();
        let measured = summary;
        if (rejected) {
          measured = document.createElement('span');
          measured.className = 'log-row__reason';
          // The reason's words alone: the " — " after them may go with the payload.
          measured.textContent = text;
          // After the envelope's kind, as a frame's refused hello shows it.
          const tag = document.createElement('span');
          tag.className = 'tag';
          tag.textContent = lang === 'en' ? 'HELLO' : '报到';
          const payload = document.createElement('span');
          payload.textContent = 'Hello from the hostile frame';
          summary.append(tag, measured, ' — ', payload);
        } else summary.textContent = word + text;
        const box = summary.getBoundingClientRect();
        // A refusal's reason is cut where any of its lines runs past the row's side or below its
        // last line (one line at 1280 and in presenter mode, two in a narrow list).
        const over = rejected
          ? [...measured.getClientRects()].some(
              (r) => r.right > box.right + 1 || r.bottom > box.bottom + 1,
            )
          : summary.scrollWidth > summary.clientWidth + 1 ||
            summary.scrollHeight > summary.clientHeight + 1;
        if (over) cut.push(`${key}: "${text}"`);
      }
      copy.remove();
      return cut;
    },
    { lines, word, lang },
  );
}
