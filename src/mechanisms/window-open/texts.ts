// Core texts: the title, summary and traits the navigation, overview and comparison table show
// before this mechanism's page has loaded, and the reason codes its log entries carry. English
// ships with the registry; other languages load when chosen (texts.zh-cn.ts).
export const popTexts = {
  'pop.title': 'window.open popups',
  'pop.summary':
    'A page opens popups with window.open and talks to them with postMessage; each popup answers through window.opener.',
  'pop.limits':
    'Popups can be blocked; a message sent before the popup listens is lost; no event says a popup closed.',
  'pop.typicalUse':
    'Login and payment windows (OAuth), a second screen for a presentation, detached tool windows.',
  'pop.gotcha':
    'Posting right after window.open: the popup is not listening yet, and the message is lost.',
  'reason.popup-blocked': 'the browser blocked the popup: window.open returned null',
  'reason.popup-closed':
    'the popup closed before it was ready: these messages were never delivered',
  'reason.not-listening':
    "no receipt: posted before the popup's page was listening, so it went to the document that was being replaced",
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof popTexts, true> {}
}
