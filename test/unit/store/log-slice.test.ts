import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import type { AppState } from '../../../src/store';
import {
  createLogSlice,
  FLOOD_BATCH,
  FLOOD_INTERVAL_MS,
  SPLIT_MS,
  type LogSlice,
} from '../../../src/store/log-slice';
import type { NewLogEntry } from '../../../src/store/log-types';
import { toLogEntry } from '../../../src/hooks/log-transport-event';

function makeStore(capacity: number) {
  const flushes: Array<() => void> = [];
  const delays: number[] = [];
  const store = create<LogSlice>()(
    (...a) =>
      createLogSlice(capacity, (flush, delayMs) => {
        flushes.push(flush);
        delays.push(delayMs);
      })(...(a as unknown as Parameters<ReturnType<typeof createLogSlice>>)) as LogSlice,
  );
  const runFrame = () => flushes.splice(0).forEach((f) => f());
  return { store, runFrame, delays };
}

const entry = (summary: string): NewLogEntry => ({
  at: 1,
  mechanism: 'broadcast-channel',
  direction: 'sent',
  summary,
});
const summaries = (state: LogSlice) => state.log.buffer.toArray().map((e) => e.summary);

describe('log slice', () => {
  it('batches appends: one store update per frame, whatever the number of entries', () => {
    const { store, runFrame } = makeStore(100);
    for (let i = 0; i < 50; i++) store.getState().appendLog(entry(`m${i}`));
    expect(store.getState().log.buffer.length).toBe(0);
    const before = store.getState().log.revision;
    // 50 is a flood's batch: the frame hands it to a task of its own, still one update.
    runFrame();
    runFrame();
    expect(store.getState().log.revision).toBe(before + 1);
    expect(store.getState().log.buffer.length).toBe(50);
  });

  it('numbers a transport event’s entry in place, in a slot it already has (no property added)', () => {
    const { store, runFrame } = makeStore(10);
    const self = { id: 'p1', name: 'Red Fox', color: '#cc0000', kind: 'tab' } as const;
    const sent = toLogEntry('broadcast-channel', 'channel', self, {
      type: 'error',
      at: 5,
      error: { name: 'DataCloneError', message: 'no' },
    });
    // A property added after creation costs a flood's every kept entry a store of its own.
    const keys = Object.keys(sent);
    expect(keys[0]).toBe('id');
    store.getState().appendLog(sent);
    runFrame();
    const logged = store.getState().log.buffer.at(0);
    expect(logged).toBe(sent);
    expect(Object.keys(logged!)).toEqual(keys);
    expect(logged!.id).toBeGreaterThan(0);
  });

  it('is bounded: a flood keeps only the newest entries, with ids still increasing', () => {
    const { store, runFrame } = makeStore(10);
    for (let i = 0; i < 25; i++) store.getState().appendLog(entry(`m${i}`));
    runFrame();
    expect(summaries(store.getState())).toEqual(Array.from({ length: 10 }, (_, i) => `m${i + 15}`));
    const ids = store
      .getState()
      .log.buffer.toArray()
      .map((e) => e.id);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
  });

  it('holds entries while paused and shows them on resume, losing nothing', () => {
    const { store, runFrame } = makeStore(100);
    store.getState().setLogPaused(true);
    store.getState().appendLog(entry('a'));
    store.getState().appendLog(entry('b'));
    expect(store.getState().log.held).toBe(0); // counted once per frame, not per message
    runFrame();
    expect(store.getState().log.buffer.length).toBe(0);
    expect(store.getState().log.held).toBe(2);
    store.getState().setLogPaused(false);
    expect(summaries(store.getState())).toEqual(['a', 'b']);
    expect(store.getState().log.held).toBe(0);
  });

  it('clears entries and the selection', () => {
    const { store, runFrame } = makeStore(100);
    store.getState().appendLog(entry('a'));
    runFrame();
    store.getState().selectLogEntry(1);
    store.getState().clearLog();
    expect(store.getState().log.buffer.length).toBe(0);
    expect(store.getState().log.selectedId).toBeNull();
  });

  it('redraws less often during a flood, and every frame again once it is over', () => {
    const { store, runFrame, delays } = makeStore(1000);
    store.getState().appendLog(entry('one'));
    runFrame();
    for (let i = 0; i < FLOOD_BATCH; i++) store.getState().appendLog(entry(`f${i}`));
    runFrame();
    // The frame found a flood's batch: it is drawn from a task of its own, after that frame.
    expect(store.getState().log.buffer.length).toBe(1);
    runFrame();
    expect(store.getState().log.buffer.length).toBe(FLOOD_BATCH + 1);
    store.getState().appendLog(entry('during'));
    runFrame();
    store.getState().appendLog(entry('after'));
    expect(delays).toEqual([0, 0, SPLIT_MS, FLOOD_INTERVAL_MS, 0]);
    runFrame();
    expect(store.getState().log.buffer.length).toBe(FLOOD_BATCH + 3);
  });

  it('draws a small batch in the frame that found it', () => {
    const { store, runFrame, delays } = makeStore(1000);
    for (let i = 0; i < FLOOD_BATCH - 1; i++) store.getState().appendLog(entry(`m${i}`));
    runFrame();
    expect(store.getState().log.buffer.length).toBe(FLOOD_BATCH - 1);
    expect(delays).toEqual([0]);
  });

  it('counts entries that overflow while paused as dropped', () => {
    const { store, runFrame } = makeStore(10);
    store.getState().setLogPaused(true);
    for (let i = 0; i < 35; i++) store.getState().appendLog(entry(`m${i}`));
    runFrame();
    expect(store.getState().log.held).toBe(10);
    store.getState().setLogPaused(false);
    expect(summaries(store.getState())).toEqual(Array.from({ length: 10 }, (_, i) => `m${i + 25}`));
    expect(store.getState().log.buffer.dropped).toBe(25);
  });

  it('after a clear, nothing counts as dropped (not "0 of 0 entries · 3 oldest dropped")', () => {
    const { store, runFrame } = makeStore(10);
    for (let i = 0; i < 13; i++) {
      store.getState().appendLog(entry(`m${i}`));
      runFrame();
    }
    expect(store.getState().log.buffer.dropped).toBe(3);
    store.getState().clearLog();
    expect(store.getState().log.buffer.dropped).toBe(0);
    store.getState().appendLog(entry('f'));
    runFrame();
    expect(store.getState().log.buffer.dropped).toBe(0);
  });

  it('can change capacity and keeps the newest entries', () => {
    const { store, runFrame } = makeStore(100);
    for (const s of ['a', 'b', 'c']) store.getState().appendLog(entry(s));
    runFrame();
    store.getState().setLogCapacity(2);
    expect(summaries(store.getState())).toEqual(['b', 'c']);
  });
});

// The real store wires the slice the same way.
export type { AppState };
