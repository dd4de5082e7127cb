import { hasMessage, registerTextSource } from '../../i18n/dictionary';
import type { T } from '../../i18n/use-t';
import type { PeerRef } from '../../shared/envelope';
import { SERVER_PEER } from '../../shared/server-peer';

// The log's tags: an envelope's kind (HELLO, ACK, …) and what its sequence number says (RESTART,
// DUPLICATE, a gap). They are words a learner reads, so they are translated; a kind this list does
// not know is shown as written, marked as an identifier (see KindTag in log-row.tsx).
export const tagEn = {
  'kind.hello': 'HELLO',
  'kind.ack': 'ACK',
  'kind.presence': 'PRESENCE',
  'kind.notice': 'NOTICE',
  'kind.history': 'HISTORY',
  'kind.welcome': 'WELCOME',
  'kind.joined': 'JOINED',
  'kind.join': 'JOIN',
  'kind.rename': 'RENAME',
  'kind.goodbye': 'GOODBYE',
  'kind.echo': 'ECHO',
  'kind.buffer': 'BUFFER',
  'kind.error': 'ERROR',
  'kind.tick': 'TICK',
  'kind.time': 'TIME',
  // The feed's named events (SSE, long polling, the WebSocket feed, web locks' leader): the tag is
  // the word, as TIME is; the name the server wrote (`event: notification`) stays in the entry's
  // envelope, its detail.
  'kind.notification': 'NOTIFICATION',
  'kind.alert': 'ALERT',
  'kind.rate-limited': 'RATE LIMITED',
  'seq.restart': 'RESTART',
  'seq.duplicate': 'DUPLICATE',
  'seq.gap': 'GAP: {missing} MISSING',
  'peer.server': 'Server',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof tagEn, true> {}
}

// Chinese loads with the Chinese dictionary, not on every first visit.
registerTextSource({ en: tagEn, load: { 'zh-CN': () => import('./log-i18n.zh-cn') } });

/** A known kind's word in the reader's language, or null for one to show as written. */
export function kindWord(t: T, kind: string): string | null {
  const key = `kind.${kind}`;
  return hasMessage(key) ? t(key) : null;
}

/** "restart", "duplicate" and "gap:N" (see hooks/log-transport-event.ts) as a learner reads them. */
export function sequenceWord(t: T, sequence: string): string {
  if (sequence.startsWith('gap:')) return t('seq.gap', { missing: sequence.slice(4) });
  const key = `seq.${sequence}`;
  return hasMessage(key) ? t(key) : sequence;
}

/** A peer's name as shown: the server writes its own name in English on its envelopes. */
export function peerName(t: T, peer: Pick<PeerRef, 'id' | 'name' | 'kind'>): string {
  return peer.id === SERVER_PEER.id &&
    peer.kind === SERVER_PEER.kind &&
    peer.name === SERVER_PEER.name
    ? t('peer.server')
    : peer.name;
}
