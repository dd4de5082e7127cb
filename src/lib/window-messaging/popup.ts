// window.open returns the popup's WindowProxy, or null when the browser blocked the popup (no user
// gesture, a blocker) — and also, by design, when `noopener` or `noreferrer` is among the features.
// https://developer.mozilla.org/en-US/docs/Web/API/Window/open
// The popup page, the race and the side-by-side menu all open windows through these helpers.
import { errorInfo, type ErrorInfo } from '../error-info';

export type PopupFeatures = {
  width: number;
  height: number;
  left: number;
  top: number;
  noopener: boolean;
  noreferrer: boolean;
};

export function featureString(f: PopupFeatures): string {
  const parts = [
    `popup`,
    `width=${f.width}`,
    `height=${f.height}`,
    `left=${f.left}`,
    `top=${f.top}`,
  ];
  if (f.noopener) parts.push('noopener');
  if (f.noreferrer) parts.push('noreferrer');
  return parts.join(',');
}

export type OpenResult =
  | { kind: 'opened'; window: Window }
  | { kind: 'no-handle' }
  | { kind: 'blocked' }
  | { kind: 'error'; error: ErrorInfo };

/** Opens (or reuses, by name) a popup, and says plainly what came back. */
export function openPopup(url: string, name: string, features: PopupFeatures): OpenResult {
  let handle: Window | null;
  try {
    handle = window.open(url, name, featureString(features));
  } catch (error) {
    return { kind: 'error', error: errorInfo(error) };
  }
  if (handle) return { kind: 'opened', window: handle };
  // With noopener/noreferrer, null is what the spec returns even on success.
  return features.noopener || features.noreferrer ? { kind: 'no-handle' } : { kind: 'blocked' };
}

/** A cross-origin or closed WindowProxy may throw on access: treat that as closed. */
export function isClosed(win: Window | null): boolean {
  try {
    return !win || win.closed;
  } catch {
    return true;
  }
}

export function focusWindow(win: Window | null): void {
  win?.focus();
}

export function closeWindow(win: Window | null): void {
  win?.close();
}
