import type { PeerRef } from '../../shared/envelope';

const COLORS = ['#0f9ea8', '#c2185b', '#6d7f1f', '#5b5bd6', '#a0522d', '#e07a1f'];

/** Popups are numbered in the order this tab opened them: "Popup 1", "Popup 2", … */
export const popupPeer = (n: number, name: string): PeerRef => ({
  id: `popup-${n}`,
  name,
  color: COLORS[(n - 1) % COLORS.length] as string,
  kind: 'popup',
});

export function popupUrl(origin: string, n: number, lang: string): string {
  return `${origin}/peer/window-open?${new URLSearchParams({ n: String(n), opener: origin, lang })}`;
}

export type PopupState = 'opening' | 'ready' | 'closed' | 'no-handle';
export type PopupInfo = {
  id: string;
  n: number;
  name: string;
  state: PopupState;
  queued: number;
  opens: number;
};
