import { registerMessages } from '../../i18n/dictionary';

// Claims of this page that are not already one of its teaching points, and the quiet switch.
export const swClaimsEn = {
  'sw.claim.restart':
    'There is no connection to lose: the browser starts a stopped worker again for the next event (here, the next message), so "reconnects by itself" does not apply.',
  'sw.claim.reload':
    'A reload also makes the registering page controlled, but throws away the messages it was holding and fires no controllerchange: claim() is the way that keeps them.',
  'sw.claim.module':
    "A module worker (type: 'module', as here) needs Chrome 91, Safari 15 or Firefox 147 and later.",
  'sw.dedicated.run': 'Start a dedicated worker here',
  'sw.dedicated.answered':
    'A dedicated worker started and answered in {ms} ms (isSecureContext in it: {secure}). Only ServiceWorkers need a secure context.',
  'sw.dedicated.failed': 'The dedicated worker did not start: {reason}',
  'sw.quiet': 'Let the worker go quiet',
  'sw.quietHint':
    'Stops this tab asking clients.matchAll() every 2 s (other open tabs of this page still ask). With no event for about 30 s the browser stops the worker (measured: 29.7 s after going quiet in Chromium; Firefox\'s timeout is 30 s too); the next message starts it again, and "Started at" and the counter show it.',
} as const;

export const swClaimsZh: Record<keyof typeof swClaimsEn, string> = {
  'sw.claim.restart':
    '这里没有可以断开的连接：浏览器会为下一个事件（这里是下一条消息）重新启动已停止的 Worker，所以“自动重连”不适用。',
  'sw.claim.reload':
    '重新加载也能让注册它的页面受控，但会丢掉页面里等待的消息，也不会触发 controllerchange：claim() 才能保住它们。',
  'sw.claim.module':
    "模块 Worker（type: 'module'，本页就是）需要 Chrome 91、Safari 15 或 Firefox 147 及以上版本。",
  'sw.dedicated.run': '在这里启动一个专用 Worker',
  'sw.dedicated.answered':
    '专用 Worker 启动了，并在 {ms} 毫秒内应答（它内部的 isSecureContext：{secure}）。只有 ServiceWorker 需要安全上下文。',
  'sw.dedicated.failed': '专用 Worker 没有启动：{reason}',
  'sw.quiet': '让 Worker 安静下来',
  'sw.quietHint':
    '本标签页不再每 2 秒询问 clients.matchAll()（本页其他打开的标签页仍会询问）。大约 30 秒没有事件后，浏览器会停止 Worker（实测：Chromium 在安静后 29.7 秒停止；Firefox 的超时同样是 30 秒）；下一条消息会再次启动它，“启动时间”和计数会显示出来。',
};

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof swClaimsEn, true> {}
}

registerMessages({ en: swClaimsEn, 'zh-CN': swClaimsZh });
