export type ErrorInfo = { name: string; message: string };

/**
 * Name and message of anything thrown. Reads the properties rather than trusting `instanceof Error`:
 * a DOMException from another realm (a frame, jsdom) is not an instance of this realm's Error.
 */
export function errorInfo(error: unknown): ErrorInfo {
  if (typeof error === 'object' && error !== null) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    if (typeof name === 'string' && typeof message === 'string') return { name, message };
  }
  return { name: 'Error', message: String(error) };
}
