import { renderHook } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEnvelopeFactory } from '../../../../src/lib/envelope-factory';
import { createFrameQueues } from '../../../../src/mechanisms/iframe-post-message/frame-queue';
import {
  FRAME_KEYS,
  LOAD_TIMEOUT_MS,
  NO_LOAD_TIMEOUT_MS,
  type FrameKey,
} from '../../../../src/mechanisms/iframe-post-message/frame-set';
import { rolePeer } from '../../../../src/mechanisms/iframe-post-message/roles';
import { useHelloDeadline } from '../../../../src/mechanisms/iframe-post-message/use-hello-deadline';
import '../../../../src/mechanisms/iframe-post-message/i18n';
import { useAppStore } from '../../../../src/store';

// The cross-origin frame alone has a src; the test plays its element's load event.
function setup() {
  const refs = Object.fromEntries(
    FRAME_KEYS.map((k) => {
      const ref = createRef<HTMLIFrameElement>();
      (ref as { current: HTMLIFrameElement | null }).current = document.createElement('iframe');
      return [k, ref];
    }),
  ) as Record<FrameKey, React.RefObject<HTMLIFrameElement | null>>;
  const src = { cross: 'http://localhost:2/peer?role=cross' };
  const self = rolePeer('same', 'Parent');
  const queues = createFrameQueues();
  queues.hold('cross', createEnvelopeFactory('iframe-post-message')(self, 'chat', 'waiting one'));
  const late: FrameKey[] = [];
  renderHook(() =>
    useHelloDeadline({
      srcKey: src.cross,
      refs,
      read: () => ({ src, readyFor: {} }),
      self,
      frameName: () => 'Cross-origin frame',
      queues,
      onLate: (l) => late.push(...(Object.keys(l) as FrameKey[])),
    }),
  );
  const errors = () => {
    useAppStore.getState().flushLog();
    return useAppStore
      .getState()
      .log.buffer.toArray()
      .filter((e) => e.direction === 'error')
      .map((e) => e.summary);
  };
  return { load: () => refs.cross.current?.dispatchEvent(new Event('load')), late, errors, queues };
}

describe('the hello deadline of a frame', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useAppStore.getState().clearLog();
  });
  afterEach(() => vi.useRealTimers());

  it('does not run while the document is still loading: a slow frame keeps what waits for it', () => {
    const { late, errors, queues } = setup();
    vi.advanceTimersByTime(LOAD_TIMEOUT_MS * 2);
    expect(late).toEqual([]);
    expect(errors()).toEqual([]);
    expect(queues.waiting('cross')).toBe(1);
  });

  it('starts at the load event: a loaded frame that says nothing is late, and what waited is reported', () => {
    const { load, late, errors, queues } = setup();
    vi.advanceTimersByTime(3000);
    load();
    vi.advanceTimersByTime(LOAD_TIMEOUT_MS - 1);
    expect(late).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(late).toEqual(['cross']);
    expect(errors()).toEqual([
      'Cross-origin frame did not announce itself within 6 s of its load event',
      'Cross-origin frame never said it was ready, so "waiting one" was never posted',
    ]);
    expect(queues.waiting('cross')).toBe(0);
  });

  it('gives up on a document that never finishes loading, once', () => {
    const { late, errors } = setup();
    vi.advanceTimersByTime(NO_LOAD_TIMEOUT_MS);
    expect(late).toEqual(['cross']);
    expect(errors()[0]).toBe('Cross-origin frame did not finish loading within 30 s');
  });
});
