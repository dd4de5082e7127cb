import { useEffect, type RefObject } from 'react';
import { logFromPage } from '../../hooks/page-log';
import { useT } from '../../i18n/use-t';
import { preview } from '../../lib/describe-value';
import type { PeerRef } from '../../shared/envelope';
import type { FrameQueues } from './frame-queue';
import { meta } from './meta';
import { FRAME_KEYS, LOAD_TIMEOUT_MS, NO_LOAD_TIMEOUT_MS, type FrameKey } from './frame-set';

type Sources = Partial<Record<FrameKey, string | null>>;

/**
 * A frame whose document loaded (the element's `load` event) and has not said hello
 * LOAD_TIMEOUT_MS later is reported (its script failed or never ran), and so is one whose document
 * has not loaded NO_LOAD_TIMEOUT_MS after it was given a src; what waited for it is reported too,
 * never kept. The clock starts at the load, not at the src: on a busy laptop a document can take
 * seconds to arrive, and a frame that is still loading is not yet late (a fixed 6 s from the src
 * dropped a message that waited for a slow frame, seen on a loaded 2-core machine). Runs again
 * whenever a frame gets a new src.
 */
export function useHelloDeadline({
  srcKey,
  refs,
  read,
  self,
  frameName,
  queues,
  onLate,
}: {
  srcKey: string;
  refs: Readonly<Record<FrameKey, RefObject<HTMLIFrameElement | null>>>;
  read: () => { src: Sources; readyFor: Sources };
  self: PeerRef;
  frameName: (key: FrameKey) => string;
  queues: FrameQueues;
  onLate: (late: Sources) => void;
}) {
  const t = useT();
  useEffect(() => {
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const settled = new Set<FrameKey>();
    const giveUp = (k: FrameKey, summary: string) => {
      const { src: current, readyFor: ready } = read();
      if (settled.has(k) || !current[k] || ready[k] === current[k]) return;
      settled.add(k);
      const frame = frameName(k);
      logFromPage(meta.id, self, {
        direction: 'error',
        to: frame,
        summary,
        reason: 'frame-timeout',
      });
      for (const waiting of queues.release(k))
        logFromPage(meta.id, self, {
          direction: 'error',
          to: frame,
          summary: t('ifr.neverReady', { frame, text: preview(waiting.body, 60) }),
          reason: 'frame-timeout',
        });
      onLate({ [k]: current[k] });
    };
    const later = (ms: number, run: () => void) => timers.add(setTimeout(run, ms));
    const listeners: Array<() => void> = [];
    for (const k of FRAME_KEYS) {
      const element = refs[k].current;
      if (k === 'hostile' || !element || !read().src[k]) continue;
      const seconds = (ms: number) => ms / 1000;
      const onLoad = () =>
        later(LOAD_TIMEOUT_MS, () =>
          giveUp(
            k,
            t('ifr.frameTimeout', { frame: frameName(k), seconds: seconds(LOAD_TIMEOUT_MS) }),
          ),
        );
      element.addEventListener('load', onLoad);
      listeners.push(() => element.removeEventListener('load', onLoad));
      later(NO_LOAD_TIMEOUT_MS, () =>
        giveUp(
          k,
          t('ifr.frameNoLoad', { frame: frameName(k), seconds: seconds(NO_LOAD_TIMEOUT_MS) }),
        ),
      );
    }
    return () => {
      for (const timer of timers) clearTimeout(timer);
      for (const remove of listeners) remove();
    };
    // Once per new set of sources: the callbacks are read when a deadline passes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [srcKey]);
}
