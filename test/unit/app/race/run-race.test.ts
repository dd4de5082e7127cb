import { describe, expect, it } from 'vitest';
import { startRace } from '../../../../src/app/race/run-race';
import type { RaceProgress, RaceResult } from '../../../../src/lib/race-types';

// A tool that times the race's steps by its progress line (the bench) counts a task in the step it
// started in. A stored result redraws the table and the chart, so it must come in a task of its own
// after the progress line has moved on: to the next mechanism, or, after the last, off.
describe('startRace', () => {
  it('stores each result in a later task than the progress line that follows it', async () => {
    const seen: string[] = [];
    let later = false;
    let calls = 0;
    const self = { id: 'me', name: 'Me', color: '#123456', kind: 'tab' } as const;
    const { cancelled } = await startRace({
      contenders: [
        { id: 'first', cannot: 'no' },
        { id: 'second', cannot: 'no' },
      ],
      self,
      messages: 1,
      signal: new AbortController().signal,
      name: (id) => id,
      reason: (key) => key,
      onProgress: (progress: Partial<RaceProgress>) => {
        seen.push(progress.running === false ? 'end' : `progress ${progress.mechanism ?? ''}`);
        // A timer set now runs before a result stored in a later task, never before one stored now.
        const call = ++calls;
        later = false;
        setTimeout(() => (later ||= call === calls), 0);
      },
      onResult: (result: RaceResult) =>
        seen.push(`${result.id} ${result.status}${later ? ' later' : ''}`),
    });
    expect(cancelled).toBe(false);
    expect(seen).toEqual([
      'progress ',
      'progress first',
      'progress second',
      'first skipped later',
      'end',
      'second skipped later',
      'end',
    ]);
  });
});
