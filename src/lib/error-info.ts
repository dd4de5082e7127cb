export type ErrorInfo = {
  name: string;
  message: string;
  /**
   * The message is the browser's own words (a DOMException's, an RTCError's, a built-in
   * TypeError's), not the app's: the log shows it as written, marked as the browser's.
   */
  browser?: true;
};

// The JavaScript engine's own error types. The app throws plain Errors (or names its own).
const BUILT_IN = new Set(['TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'URIError']);

/**
 * Whether the browser made this error. A DOMException is recognised by its tag, not by
 * `instanceof`: one from a frame (or jsdom) belongs to another realm. RTCError is a DOMException.
 * https://webidl.spec.whatwg.org/#idl-DOMException
 */
function madeByBrowser(error: object, name: string): boolean {
  const tag = Object.prototype.toString.call(error);
  return (
    tag === '[object DOMException]' ||
    tag === '[object RTCError]' ||
    (tag === '[object Error]' && BUILT_IN.has(name))
  );
}

/**
 * Name and message of anything thrown. Reads the properties rather than trusting `instanceof Error`:
 * a DOMException from another realm (a frame, jsdom) is not an instance of this realm's Error.
 */
export function errorInfo(error: unknown): ErrorInfo {
  if (typeof error === 'object' && error !== null) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    if (typeof name === 'string' && typeof message === 'string')
      return madeByBrowser(error, name) ? { name, message, browser: true } : { name, message };
  }
  return { name: 'Error', message: String(error) };
}
