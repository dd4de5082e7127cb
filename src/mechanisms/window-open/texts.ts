// Core texts: the title and summary the navigation and overview show before this page has loaded,
// and the reason codes its log entries carry. English ships with the registry; other languages load
// when chosen (texts.zh-cn.ts). The comparison table's longer texts load with /compare (traits.ts).
export const popTexts = {
  'pop.title': 'window.open popups',
  'pop.summary':
    'A page opens popups with window.open and talks to them with postMessage; each popup answers through window.opener.',
  'reason.popup-blocked': 'the browser blocked the popup: window.open returned null',
  'reason.popup-closed':
    'the popup closed before it was ready: these messages were never delivered',
  'reason.not-listening':
    "no receipt: posted before the popup's page was listening, so it went to the document that was being replaced",
  'pop.tip':
    "Tip: open a popup below: it is a window of its own, and the two talk through the reference window.open returned and the popup's window.opener.",
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof popTexts, true> {}
}
