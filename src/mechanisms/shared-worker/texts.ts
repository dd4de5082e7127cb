// Core texts: the title, summary and traits the navigation, overview and comparison table show
// before this page has loaded. Other languages load when chosen (texts.zh-cn.ts).
export const shwTexts = {
  'shw.title': 'SharedWorker hub',
  'shw.summary':
    'One worker shared by every tab of the origin: each tab holds a port to it, and the worker relays between them and keeps state they all see.',
  'shw.limits':
    'Same origin; missing on Chrome for Android; the worker is never told that a tab closed, and ends with the last tab.',
  'shw.typicalUse': 'One connection or cache for many tabs; a coordinator that every tab talks to.',
  'shw.gotcha':
    'A closed tab leaves its port behind: only a goodbye or a missing heartbeat reveals it.',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof shwTexts, true> {}
}
