// A text read back in the reader's language, in parts: the app's words, translated, and the
// browser's or the server's own words as written (a DOMException's message; a refusal whose code
// this app does not know), which the page marks as theirs (said.tsx).
export type SaidPart = string | { browser: string } | { server: string };
export type Said = readonly SaidPart[];

/** The words of a part, whoever said them. */
export const partText = (part: SaidPart): string =>
  typeof part === 'string' ? part : 'browser' in part ? part.browser : part.server;

/** A text read back, as one string (for a title or an accessible name). */
export const saidText = (said: Said): string => said.map(partText).join('');
