import { describe, expect, it, vi } from 'vitest';
import { createEmitter } from '../../../src/lib/emitter';

describe('createEmitter', () => {
  it('gives an emit the listeners it started with, whatever they (un)subscribe meanwhile', () => {
    const events = createEmitter<number>();
    const heard: string[] = [];
    const late = (n: number) => heard.push(`late ${n}`);
    let offSecond = () => {};
    events.subscribe((n) => {
      heard.push(`first ${n}`);
      offSecond(); // removed during this emit: still hears this event, not the next
      events.subscribe(late); // added during this emit: hears only the next event
    });
    offSecond = events.subscribe((n) => heard.push(`second ${n}`));
    events.emit(1);
    events.emit(2);
    expect(heard).toEqual(['first 1', 'second 1', 'first 2', 'late 2']);
  });

  it('counts one listener once, unsubscribes it once, and survives a throwing listener', () => {
    const events = createEmitter<string>();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const listener = vi.fn();
    const off = events.subscribe(listener);
    events.subscribe(listener);
    events.subscribe(() => {
      throw new Error('boom');
    });
    events.emit('a');
    expect(listener).toHaveBeenCalledTimes(1);
    off();
    off();
    events.emit('b');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(spy).toHaveBeenCalledTimes(2);
    events.clear();
    events.emit('c');
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
  });
});
