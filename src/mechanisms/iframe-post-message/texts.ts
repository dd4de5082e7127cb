// Core texts: the title and summary the navigation and overview show before this page has loaded,
// and the reason codes its log entries carry. English ships with the registry; other languages load
// when chosen (texts.zh-cn.ts). The comparison table's longer texts load with /compare (traits.ts).
export const ifrTexts = {
  'ifr.title': 'iframe postMessage',
  'ifr.summary':
    'A page and the frames inside it talk with window.postMessage, across origins too. The sender names who may receive (targetOrigin); the receiver must check who sent (event.origin).',
  'reason.not-delivered':
    "no receipt: a targetOrigin that does not match the frame's current origin is dropped by the browser without any error",
  'reason.not-delivered-star':
    'no receipt even with "*": the frame is not listening (not loaded yet, or gone)',
  'reason.no-receipt':
    "no receipt, although targetOrigin matched the frame's origin: its page is busy or does not answer",
  'reason.frame-timeout':
    'the frame did not announce itself in time: it did not load, or its script failed',
  'ifr.tip': 'Tip: the other side is on this page: its frames, one of them from a second origin.',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof ifrTexts, true> {}
}
