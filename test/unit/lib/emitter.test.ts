import { describe, expect, it, vi } from 'vitest';
import { createEmitter, createHeldEmitter } from '../../../src/lib/emitter';

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

describe('createHeldEmitter', () => {
  it('holds what comes before anyone listens, hands it to the first listener, then goes live', () => {
    const events = createHeldEmitter<number>(10);
    events.emit(1);
    events.emit(2);
    const first: number[] = [];
    const off = events.subscribe((n) => first.push(n));
    expect(first).toEqual([1, 2]);
    events.emit(3);
    const second: number[] = [];
    events.subscribe((n) => second.push(n));
    events.emit(4);
    expect(first).toEqual([1, 2, 3, 4]);
    // A later listener hears only what comes after it; nothing was held twice.
    expect(second).toEqual([4]);
    off();
    events.emit(5);
    expect(first).toEqual([1, 2, 3, 4]);
    expect(second).toEqual([4, 5]);
  });

  it('keeps the newest `limit` and counts the rest, told before they are handed on', () => {
    const heard: string[] = [];
    const events = createHeldEmitter<number>(3, (count) => heard.push(`dropped ${count}`));
    for (let n = 1; n <= 5; n++) events.emit(n);
    events.subscribe((n) => heard.push(String(n)));
    expect(heard).toEqual(['dropped 2', '3', '4', '5']);
  });

  it('holds again once every listener has gone, and a listener that throws stops no one', () => {
    const events = createHeldEmitter<number>(5);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    events.subscribe(() => {
      throw new Error('boom');
    })();
    events.emit(7);
    const heard: number[] = [];
    events.subscribe((n) => heard.push(n));
    expect(heard).toEqual([7]);
    const bad = createHeldEmitter<number>(5);
    bad.emit(1);
    bad.emit(2);
    bad.subscribe(() => {
      throw new Error('boom');
    });
    expect(error).toHaveBeenCalledTimes(2);
    error.mockRestore();
  });

  it('counts the same listener twice as one: once it leaves, events are held again', () => {
    const events = createHeldEmitter<number>(5);
    const heard: number[] = [];
    const listener = (n: number) => heard.push(n);
    events.subscribe(listener);
    const off = events.subscribe(listener);
    off();
    // Nobody listens now: the next event is held, not sent to no one.
    events.emit(1);
    expect(heard).toEqual([]);
    const later: number[] = [];
    events.subscribe((n) => later.push(n));
    expect(later).toEqual([1]);
  });
});
