import { describe, expect, it } from 'vitest';
import { summarizeProfiles, type CpuProfile } from '../../bench/profile';

// Built-in frames (no URL) need no source map, so the summary is pure here.
const frame = (functionName: string) => ({
  functionName,
  url: '',
  lineNumber: -1,
  columnNumber: -1,
});
const profile = (samples: number[], timeDeltas: number[]): CpuProfile => ({
  startTime: 0,
  endTime: timeDeltas.reduce((a, b) => a + b, 0),
  nodes: [
    { id: 1, callFrame: frame('(program)') },
    { id: 2, callFrame: frame('postMessage') },
    { id: 3, callFrame: frame('(idle)') },
  ],
  samples,
  timeDeltas,
});

describe('the profile summary', () => {
  it('books each sample the time since the one before, idle aside', () => {
    const summary = summarizeProfiles([profile([1, 2, 2, 3, 1], [100, 200, 300, 400, 500])], 10);
    // 200 + 300 µs in postMessage, 500 in (program); the idle 400 and the first 100 are not busy.
    expect(summary.totalMs).toBeCloseTo(1);
    expect(summary.perMessageUs).toBeCloseTo(100);
    expect(summary.functions.map((f) => [f.name, f.selfMs])).toEqual([
      ['postMessage', 0.5],
      ['(program)', 0.5],
    ]);
  });

  it('does not book the wait before the first sample to that sample’s frame', () => {
    // The profiler started, the machine starved it for 262 ms, then two ticks in postMessage.
    const summary = summarizeProfiles([profile([1, 2, 2], [262_000, 100, 100])], 2);
    expect(summary.totalMs).toBeCloseTo(0.2);
    expect(summary.functions.map((f) => f.name)).toEqual(['postMessage']);
  });
});
