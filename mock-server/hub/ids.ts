// `<origin>-<seq>` ids (see types.ts). Origins are base-36 milliseconds, never repeated within a
// process, so a topic that restarts (a server restart, or an evicted room used again) gets ids no
// old cursor can be mistaken for.
import type { HubId } from './types';

let lastOrigin = 0;

export function newOrigin(now: number = Date.now()): string {
  lastOrigin = Math.max(now, lastOrigin + 1);
  return lastOrigin.toString(36);
}

export const formatHubId = (origin: string, seq: number): HubId => `${origin}-${seq}`;

export function parseHubId(id: string): { origin: string; seq: number } | null {
  const match = /^([a-z0-9]{1,16})-(\d{1,15})$/.exec(id);
  if (!match) return null;
  return { origin: match[1] as string, seq: Number(match[2]) };
}
