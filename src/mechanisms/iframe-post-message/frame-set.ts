// The four frames the parent page holds, where each is loaded from, and what state each is in:
// pure data and derivations, shared by the host hook and the panels.
import { createRef, type RefObject } from 'react';
import type { demoOrigins } from '../../lib/app-config';
import { parseEnvelope, type Envelope } from '../../shared/envelope';
import type { TransportEvent } from '../../lib/transport-types';
import { peerUrl, type FrameLook } from './roles';

export const FRAME_KEYS = ['same', 'cross', 'sandboxed', 'hostile'] as const;
export type FrameKey = (typeof FRAME_KEYS)[number];
export type TargetMode = 'exact' | 'star' | 'wrong';
export type HostileOrigin = 'otherHost' | 'suffix' | 'opaque';
export type FrameState = 'loading' | 'ready' | 'timeout';
export type Sources = Record<FrameKey, string | null>;
export const WRONG_ORIGIN = 'https://wrong.example';
// A loaded frame has this long to say hello (its script runs, its React mounts); a frame whose
// document never finishes loading is given up on after the longer wait.
export const LOAD_TIMEOUT_MS = 6000;
export const NO_LOAD_TIMEOUT_MS = 30_000;

export const KEY_OF_SENDER: Readonly<Record<string, FrameKey>> = {
  'frame-same': 'same',
  'frame-cross': 'cross',
  'frame-navigated': 'cross',
  'frame-sandboxed': 'sandboxed',
  'frame-hostile': 'hostile',
};
export const recipientOf = (key: FrameKey) => `frame-${key}`;

type Origins = ReturnType<typeof demoOrigins>;

/** One element ref per frame, made once per page. */
export const frameRefs = () =>
  Object.fromEntries(FRAME_KEYS.map((k) => [k, createRef<HTMLIFrameElement>()])) as Record<
    FrameKey,
    RefObject<HTMLIFrameElement | null>
  >;

/** What each frame is loaded from, and so the origin an exact targetOrigin names for it. */
export function frameSet(
  origins: Origins,
  look: FrameLook,
  crossAway: boolean,
  hostile: HostileOrigin | null,
): { expected: Record<FrameKey, string>; src: Sources } {
  const hostileOrigin =
    hostile === 'suffix' ? origins.suffix : hostile === 'opaque' ? origins.app : origins.otherHost;
  return {
    expected: {
      same: origins.app,
      cross: origins.foreign,
      sandboxed: origins.app,
      hostile: origins.otherHost,
    },
    src: {
      same: peerUrl(origins.app, 'same', origins.app, look),
      cross: crossAway
        ? peerUrl(origins.otherHost, 'navigated', origins.app, look)
        : peerUrl(origins.foreign, 'cross', origins.app, look),
      sandboxed: peerUrl(origins.app, 'sandboxed', origins.app, look),
      hostile: hostile ? peerUrl(hostileOrigin, 'hostile', origins.app, look) : null,
    },
  };
}

/**
 * A frame is ready when the document now in it said hello, late when it did not in time: both are
 * remembered per src, so a frame given a new document starts loading again.
 */
export function frameStates(
  src: Sources,
  readyFor: Partial<Sources>,
  lateFor: Partial<Sources>,
): Record<FrameKey, FrameState> {
  const stateOf = (k: FrameKey): FrameState =>
    src[k] && readyFor[k] === src[k]
      ? 'ready'
      : src[k] && lateFor[k] === src[k]
        ? 'timeout'
        : 'loading';
  return Object.fromEntries(FRAME_KEYS.map((k) => [k, stateOf(k)])) as Record<FrameKey, FrameState>;
}

/** The envelope in an event, also when the origin check refused it (a hello, a receipt). */
export const envelopeOf = (event: TransportEvent): Envelope | undefined => {
  if (event.type === 'received') return event.envelope;
  if (event.type !== 'rejected') return undefined;
  const parsed = parseEnvelope(event.data);
  return parsed.ok ? parsed.envelope : undefined;
};
