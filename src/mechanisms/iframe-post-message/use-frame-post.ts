import { useCallback } from 'react';
import { logFromPage } from '../../hooks/page-log';
import { useT } from '../../i18n/use-t';
import { preview } from '../../lib/describe-value';
import type { SendResult, Transport } from '../../lib/transport-types';
import type { Envelope, PeerRef } from '../../shared/envelope';
import type { FrameQueues } from './frame-queue';
import type { FrameKey, Sources } from './frame-set';
import { meta } from './meta';
import type { useDelivery } from './use-delivery';

/**
 * The send form's way out: to a frame that said hello, now; to one still loading, queued until it
 * does (frame-queue.ts); to one that missed its hello deadline, refused and logged, never waited for
 * again. Returns what happened, so the form can say it.
 */
export function useFramePost({
  transport,
  deliver,
  queues,
  delivery,
  frameName,
  self,
  read,
}: {
  transport: Transport | undefined;
  deliver: (inbox: Transport, key: FrameKey, message: Envelope) => SendResult;
  queues: FrameQueues;
  delivery: ReturnType<typeof useDelivery>;
  frameName: (key: FrameKey) => string;
  self: PeerRef;
  read: () => { src: Sources; readyFor: Partial<Sources>; lateFor: Partial<Sources> };
}) {
  const t = useT();
  return useCallback(
    (key: FrameKey, message: Envelope) => {
      if (!transport) return { ok: false as const, error: undefined };
      const { readyFor: ready, lateFor: late, src: current } = read();
      if (current[key] && ready[key] === current[key])
        return { ...deliver(transport, key, message), queued: false as const };
      if (current[key] && late[key] === current[key]) {
        const frame = frameName(key);
        const text = t('ifr.neverReady', { frame, text: preview(message.body, 60) });
        logFromPage(meta.id, self, {
          direction: 'error',
          to: frame,
          summary: text,
          reason: 'frame-timeout',
        });
        return { ok: false as const, error: { name: 'NotReady', message: text } };
      }
      const held = queues.hold(key, message);
      if (held === 'refused') return { ok: false as const, error: undefined };
      delivery.setOutcome({
        tone: 'info',
        text: t('ifr.outcome.queued', { frame: frameName(key), count: queues.waiting(key) }),
      });
      return { ok: true as const, queued: true as const };
    },
    [transport, deliver, queues, delivery, t, frameName, self, read],
  );
}
