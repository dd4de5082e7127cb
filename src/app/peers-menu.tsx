import { useState } from 'react';
import { Notice } from '../components/notice';
import { registerMessages } from '../i18n/dictionary';
import { useT } from '../i18n/use-t';
import { usePlural } from '../i18n/plural';
import { PEER_WINDOW_PREFIX } from '../lib/identity';
import { closeWindow, isClosed, openPopup } from '../lib/window-messaging/popup';

const peersEn = {
  'peers.count': 'How many',
  'peers.open': 'Open side by side',
  'peers.closeAll': 'Close all peers ({count})',
  'peers.hint':
    'Opens this page again in windows tiled beside this one, so a demonstration starts with one click.',
  'peers.openedOne': 'Opened {count} window beside this one.',
  'peers.opened': 'Opened {count} windows beside this one.',
  'peers.blocked':
    'The browser blocked {count} of them: most browsers allow one popup per click. Allow popups for this site, or open them one by one.',
} as const;
const peersZh: Record<keyof typeof peersEn, string> = {
  'peers.count': '数量',
  'peers.open': '并排打开',
  'peers.closeAll': '关闭所有对端（{count}）',
  'peers.hint': '在本窗口旁边平铺打开本页的多个窗口，一次点击就能开始演示。',
  'peers.openedOne': '已在本窗口旁边打开 {count} 个窗口。',
  'peers.opened': '已在本窗口旁边打开 {count} 个窗口。',
  'peers.blocked':
    '浏览器拦截了其中 {count} 个：大多数浏览器每次点击只允许一个弹窗。请允许本站弹窗，或逐个打开。',
};
declare module '../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof peersEn, true> {}
}
registerMessages({ en: peersEn, 'zh-CN': peersZh });

// The windows this tab opened, kept while the tab lives (the menu can close and open again).
const opened: Window[] = [];

/** Where N peers go: columns beside this window, across the screen. */
export function tile(count: number, screenWidth: number, screenHeight: number) {
  const width = Math.max(320, Math.floor(screenWidth / (count + 1)));
  return Array.from({ length: count }, (_, i) => ({
    left: Math.min(screenWidth - width, (i + 1) * width),
    top: 0,
    width,
    height: Math.max(400, screenHeight),
  }));
}

export default function PeersMenu({ path }: { path: string }) {
  const t = useT();
  const plural = usePlural();
  const [count, setCount] = useState(2);
  const [outcome, setOutcome] = useState<{ opened: number; blocked: number } | null>(null);
  const [, redraw] = useState(0);
  const live = opened.filter((win) => !isClosed(win));

  function openAll() {
    // Synchronous, inside the click: each window.open needs the click's permission.
    let blocked = 0;
    let done = 0;
    for (const [i, place] of tile(count, screen.availWidth, screen.availHeight).entries()) {
      const result = openPopup(path, `${PEER_WINDOW_PREFIX}${Date.now()}-${i}`, {
        ...place,
        noopener: false,
        noreferrer: false,
      });
      if (result.kind === 'opened') {
        opened.push(result.window);
        done++;
      } else blocked++;
    }
    setOutcome({ opened: done, blocked });
  }

  return (
    <div className="peers-menu">
      <p className="hint">{t('peers.hint')}</p>
      <div className="inline-fields">
        <div className="field">
          <label htmlFor="peers-count">{t('peers.count')}</label>
          <select id="peers-count" value={count} onChange={(e) => setCount(Number(e.target.value))}>
            {[1, 2, 3, 4].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={openAll}>
            {t('peers.open')}
          </button>
          <button
            type="button"
            className="button"
            disabled={live.length === 0}
            onClick={() => {
              for (const win of opened.splice(0)) closeWindow(win);
              setOutcome(null);
              redraw((n) => n + 1);
            }}
          >
            {t('peers.closeAll', { count: live.length })}
          </button>
        </div>
      </div>
      {outcome ? (
        <>
          {outcome.opened > 0 ? (
            <Notice tone="success">
              {plural({ one: 'peers.openedOne', other: 'peers.opened' }, outcome.opened)}
            </Notice>
          ) : null}
          {outcome.blocked > 0 ? (
            <Notice tone="warning">{t('peers.blocked', { count: outcome.blocked })}</Notice>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
