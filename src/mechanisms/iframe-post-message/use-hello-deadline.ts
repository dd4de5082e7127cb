import { useEffect } from 'react';
import { logFromPage } from '../../hooks/page-log';
import { useT } from '../../i18n/use-t';
import { preview } from '../../lib/describe-value';
import type { PeerRef } from '../../shared/envelope';
import type { FrameQueues } from './frame-queue';
import { meta } from './meta';
import { FRAME_KEYS, LOAD_TIMEOUT_MS, type FrameKey } from './frame-set';

type Sources = Partial<Record<FrameKey, string | null>>;

/**
 * A frame whose document has not said hello LOAD_TIMEOUT_MS after it was given a src is reported
 * (it did not load, or its script failed), and what waited for it is reported too, never kept.
 * Runs again whenever a frame gets a new src.
 */
export function useHelloDeadline({
  srcKey,
  read,
  self,
  frameName,
  queues,
  onLate,
}: {
  srcKey: string;
  read: () => { src: Sources; readyFor: Sources };
  self: PeerRef;
  frameName: (key: FrameKey) => string;
  queues: FrameQueues;
  onLate: (late: Sources) => void;
}) {
  const t = useT();
  useEffect(() => {
    const timer = setTimeout(() => {
      const { src: current, readyFor: ready } = read();
      const late = FRAME_KEYS.filter(
        (k) => k !== 'hostile' && current[k] && ready[k] !== current[k],
      );
      for (const k of late) {
        const frame = frameName(k);
        logFromPage(meta.id, self, {
          direction: 'error',
          to: frame,
          summary: t('ifr.frameTimeout', { frame, seconds: LOAD_TIMEOUT_MS / 1000 }),
          reason: 'frame-timeout',
        });
        for (const waiting of queues.release(k))
          logFromPage(meta.id, self, {
            direction: 'error',
            to: frame,
            summary: t('ifr.neverReady', { frame, text: preview(waiting.body, 60) }),
            reason: 'frame-timeout',
          });
      }
      if (late.length) onLate(Object.fromEntries(late.map((k) => [k, current[k]])));
    }, LOAD_TIMEOUT_MS);
    return () => clearTimeout(timer);
    // Once per new set of sources: the callbacks are read when the deadline passes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [srcKey]);
}
