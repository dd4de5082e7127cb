import { registerMessages } from '../i18n/dictionary';

// The request timer's texts (components/request-timer.tsx); each page gives its own hint.
export const timerEn = {
  'timer.title': 'Time a request to this origin',
  'timer.run': 'Time a request',
  'timer.waiting': 'Waiting for an answer: {seconds} s so far…',
  'timer.done': 'Answered after {ms} ms.',
  'timer.failed': 'The request failed after {ms} ms: {reason}',
} as const;

export const timerZh: Record<keyof typeof timerEn, string> = {
  'timer.title': '给对这个源的请求计时',
  'timer.run': '计时一个请求',
  'timer.waiting': '正在等待应答：已经 {seconds} 秒…',
  'timer.done': '{ms} 毫秒后得到应答。',
  'timer.failed': '请求在 {ms} 毫秒后失败：{reason}',
};

declare module '../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof timerEn, true> {}
}

registerMessages({ en: timerEn, 'zh-CN': timerZh });
