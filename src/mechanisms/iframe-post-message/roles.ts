import type { MessageKey } from '../../i18n/dictionary';
import type { PeerRef } from '../../shared/envelope';
import type { Theme } from '../../store/settings-slice';

// Each frame on the page plays a role; its identity follows from the role, so the class can tell
// them apart (and so a hostile frame can copy another frame's identity, as an attacker would).
export const ROLES = ['same', 'cross', 'sandboxed', 'hostile', 'navigated'] as const;
export type Role = (typeof ROLES)[number];

const COLORS: Record<Role, string> = {
  same: '#2a9d4b',
  cross: '#8e44ad',
  sandboxed: '#b8860b',
  hostile: '#d1495b',
  navigated: '#5a6270',
};

export const ROLE_NAME: Record<Role, MessageKey> = {
  same: 'ifr.role.same',
  cross: 'ifr.role.cross',
  sandboxed: 'ifr.role.sandboxed',
  hostile: 'ifr.role.hostile',
  navigated: 'ifr.role.navigated',
};

export const rolePeer = (role: Role, name: string): PeerRef => ({
  id: `frame-${role}`,
  name,
  color: COLORS[role],
  kind: 'iframe',
});

export const parseRole = (value: string | null): Role =>
  ROLES.includes(value as Role) ? (value as Role) : 'same';

/** How the parent page looks, passed on to each frame in its address. */
export type FrameLook = { lang: string; presenter: boolean; theme: Theme };

/**
 * The child page's address: the same app, on `origin`, told who its parent is and how the parent
 * looks. Presenter mode and the theme travel in the address too: a frame of another origin has
 * storage of its own, and the sandboxed frame's opaque origin has none at all (its localStorage
 * throws, https://html.spec.whatwg.org/multipage/webstorage.html#dom-localstorage), so neither
 * could read the parent's settings: both kept small text while the page grew, and stayed light
 * in a dark page.
 */
export function peerUrl(origin: string, role: Role, parentOrigin: string, look: FrameLook): string {
  const presenter = look.presenter ? 'on' : 'off';
  const params = new URLSearchParams({
    role,
    parent: parentOrigin,
    lang: look.lang,
    presenter,
    theme: look.theme,
  });
  return `${origin}/peer/iframe-post-message?${params}`;
}

/** Message kinds on this page: chat, the frame's hello, its receipt (ack), a port hand-over, a buffer. */
export type FrameKind = 'chat' | 'hello' | 'ack' | 'port' | 'buffer';
export type AckBody = { of: string; receivedAt: number; byteLength?: number };
