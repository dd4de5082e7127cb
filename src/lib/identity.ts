import type { PeerRef } from '../shared/envelope';
import { randomId } from './ids';
import { readSetting, writeSetting } from './safe-storage';

// Each tab gets a friendly name and a colour. sessionStorage is per tab and survives a reload of
// that tab, so the identity does too; a counter in localStorage (shared by the origin's tabs) makes
// the next tab pick the next colour, so tabs opened one after another differ. A fresh browser
// starts the counter at a random place, so the first tabs of two machines differ too, and every
// name is shown with a short tag from the random id, so two "Red Fox" in a merged log never mix.

export const TAB_COLORS = [
  '#d1495b',
  '#2e86de',
  '#2a9d4b',
  '#e07a1f',
  '#8e44ad',
  '#0f9ea8',
  '#c2185b',
  '#6d7f1f',
  '#5b5bd6',
  '#a0522d',
  '#008080',
  '#b8860b',
] as const;

export const ANIMAL_COUNT = 12;

export type TabIdentity = { id: string; index: number };

const IDENTITY_KEY = 'comms-lab:identity';
const COUNTER_KEY = 'comms-lab:tab-counter';

function parseIdentity(text: string | null): (TabIdentity & { window: string }) | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { id, index, window: tag } = value as Record<string, unknown>;
    if (
      typeof id === 'string' &&
      id.length > 0 &&
      id.length <= 64 &&
      Number.isSafeInteger(index) &&
      (index as number) >= 0
    )
      return { id, index: index as number, window: typeof tag === 'string' ? tag : '' };
  } catch {
    // fall through: a corrupt value gets a fresh identity
  }
  return null;
}

/** Peer windows opened side by side are named so; see src/app/peers-menu.tsx. */
export const PEER_WINDOW_PREFIX = 'comms-lab-peer-';

/**
 * A popup gets a copy of its opener's sessionStorage, identity included. A peer window (named by
 * the side-by-side menu) that finds an identity made in another window makes its own; reloading it
 * keeps that one.
 */
export function loadTabIdentity(
  windowName: string = typeof window === 'undefined' ? '' : window.name,
): TabIdentity {
  const tag = windowName.startsWith(PEER_WINDOW_PREFIX) ? windowName : '';
  const stored = parseIdentity(readSetting(IDENTITY_KEY, null, 'session'));
  if (stored && (stored.window ?? '') === tag) return { id: stored.id, index: stored.index };
  const storedCounter = readSetting(COUNTER_KEY, '');
  const counter = storedCounter === '' ? NaN : Number(storedCounter);
  const index = Number.isSafeInteger(counter) && counter >= 0 ? counter : randomStart();
  writeSetting(COUNTER_KEY, String(index + 1));
  const identity = { id: `tab-${randomId().slice(0, 8)}`, index };
  writeSetting(
    IDENTITY_KEY,
    JSON.stringify(tag ? { ...identity, window: tag } : identity),
    'session',
  );
  return identity;
}

/** Where a fresh browser's first tab starts among the 144 colour and animal pairs. */
function randomStart(): number {
  const bytes = new Uint8Array(2);
  crypto.getRandomValues(bytes);
  return ((bytes[0] ?? 0) * 256 + (bytes[1] ?? 0)) % (TAB_COLORS.length * ANIMAL_COUNT);
}

/** Four characters of the tab's random id: "Red Fox 3fa9" tells two machines' foxes apart. */
export function identityTag(identity: Pick<TabIdentity, 'id'>): string {
  return identity.id.replace(/^tab-/, '').slice(0, 4);
}

/** Colour and animal for the n-th tab: the first 144 tabs all get a different pair. */
export function identityParts(index: number): {
  color: string;
  colorIndex: number;
  animalIndex: number;
} {
  const colorIndex = index % TAB_COLORS.length;
  const animalIndex = (index + Math.floor(index / TAB_COLORS.length)) % ANIMAL_COUNT;
  return { color: TAB_COLORS[colorIndex] as string, colorIndex, animalIndex };
}

export function toPeerRef(
  identity: TabIdentity,
  name: string,
  kind: PeerRef['kind'] = 'tab',
): PeerRef {
  return { id: identity.id, name, color: identityParts(identity.index).color, kind };
}
