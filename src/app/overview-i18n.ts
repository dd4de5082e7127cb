import { registerMessages } from '../i18n/dictionary';

// The overview's texts load with the overview page, not with the shell.
export const overviewEn = {
  'overview.title': 'How do browser contexts talk?',
  'overview.lead':
    'Each page below is a real mechanism running in this browser. Open it in two or more tabs side by side, send a message from one, and watch it arrive in the others. Every message, rejection and error lands in the message log at the bottom.',
  'overview.step1': 'Pick a mechanism and open its page.',
  // The header shows "Open another tab" from 1200 px up; narrower it is in the ☰ Menu.
  'overview.step2':
    'Press "Open another tab" (in a narrower window, under ☰ Menu) and place the two tabs side by side.',
  'overview.step3': "Type a message in one tab and watch the other tab's log.",
  'overview.mechanisms': 'Mechanisms',
  'overview.usable': 'Works in this browser',
} as const;

export const overviewZh: Record<keyof typeof overviewEn, string> = {
  'overview.title': '浏览器里的各个上下文如何通信？',
  'overview.lead':
    '下面每一页都是在这个浏览器里真实运行的通信机制。把同一页在两个或更多标签页中并排打开，从一个发消息，看它到达其他标签页。每条消息、每次拒绝和每个错误都会记录在底部的消息日志里。',
  'overview.step1': '选一种机制，打开它的页面。',
  'overview.step2': '点击“再打开一个标签页”（窗口较窄时在 ☰ 菜单里），把两个标签页并排摆放。',
  'overview.step3': '在一个标签页里输入消息，看另一个标签页的日志。',
  'overview.mechanisms': '通信机制',
  'overview.usable': '本浏览器可用',
};

declare module '../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof overviewEn, true> {}
}

registerMessages({ en: overviewEn, 'zh-CN': overviewZh });
