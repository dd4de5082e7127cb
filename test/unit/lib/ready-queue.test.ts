import { describe, expect, it } from 'vitest';
import { ReadyQueue } from '../../../src/lib/ready-queue';

describe('ReadyQueue', () => {
  it('holds items until the peer is ready, then delivers them in order, then delivers at once', () => {
    const queue = new ReadyQueue<string>();
    const delivered: string[] = [];
    const deliver = (item: string) => delivered.push(item);
    expect(queue.offer('a', deliver)).toBe('queued');
    expect(queue.offer('b', deliver)).toBe('queued');
    expect(delivered).toEqual([]);
    expect(queue.markReady(deliver)).toBe(2);
    expect(delivered).toEqual(['a', 'b']);
    expect(queue.offer('c', deliver)).toBe('now');
    expect(delivered).toEqual(['a', 'b', 'c']);
  });

  it('queues again after a reset (the peer reloaded)', () => {
    const queue = new ReadyQueue<number>();
    queue.markReady(() => undefined);
    queue.reset();
    expect(queue.offer(1, () => undefined)).toBe('queued');
    expect(queue.size).toBe(1);
  });

  it('refuses instead of growing past its limit, and hands back what never went out', () => {
    const queue = new ReadyQueue<number>(2);
    const none = () => undefined;
    expect([queue.offer(1, none), queue.offer(2, none), queue.offer(3, none)]).toEqual([
      'queued',
      'queued',
      'refused',
    ]);
    expect(queue.drain()).toEqual([1, 2]);
    expect(queue.size).toBe(0);
  });
});
