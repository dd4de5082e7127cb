import { describe, expect, it } from 'vitest';
import type { RaceResult } from '../../../src/lib/race-types';
import type { Combined } from '../../bench/figures';
import type { MinimalRace } from '../../bench/race';
import { printRoster, racingIds, rosterOf, throughputGoals } from '../../bench/parts/race-roster';
import { raceResult } from '../helpers/race-result';

const app = (id: string, status: RaceResult['status'] = 'done', reason?: string) =>
  raceResult(id, { status, reason, counterpart: `${id}'s counterpart` });
const throughput = (id: string, a: number | null, m: number | null): Combined => ({
  id: `race.${id}.throughput`,
  label: id,
  unit: 'msg/s',
  better: 'higher',
  app: a,
  minimal: m,
  ratio: a !== null && m !== null ? a / m : null,
  runs: { app: [a], minimal: [m] },
});

describe('the bench race roster', () => {
  // The app's export lists every registered mechanism; the minimal page only the ones it has rigs for.
  const runs = [
    {
      app: [
        app('fast'),
        app('slow'),
        app('paced'),
        app('broken', 'failed', 'the counterpart never answered'),
        app('brand-new'),
        app('cannot', 'skipped', 'no rig'),
      ],
      minimal: [
        { id: 'fast' },
        { id: 'slow' },
        { id: 'paced' },
        { id: 'broken', failed: 'no answer' },
      ] as MinimalRace[],
    },
  ];

  it('lists every mechanism the app raced, in its order, with statuses and app-only rows', () => {
    const roster = rosterOf(runs);
    expect(roster.map((m) => m.id)).toEqual([
      'fast',
      'slow',
      'paced',
      'broken',
      'brand-new',
      'cannot',
    ]);
    expect(roster.find((m) => m.id === 'brand-new')?.minimal).toBeNull();
    expect(roster.find((m) => m.id === 'broken')).toMatchObject({
      app: ['failed: the counterpart never answered'],
      minimal: ['failed: no answer'],
    });
    const text = printRoster(roster);
    expect(text).toContain("brand-new's counterpart");
    // A rig the minimal page lacks is said so; a mechanism that cannot race is not blamed on it.
    const line = (id: string) => text.split('\n').find((l) => l.startsWith(`| ${id} `)) ?? '';
    expect(line('brand-new')).toContain('no minimal rig: app figures only');
    expect(line('cannot')).toContain('cannot race (below)');
    expect(line('cannot')).toContain('not raced');
    expect(line('cannot')).not.toContain('no minimal rig');
    // Its reason, in full, under the table.
    expect(text.split('\n').at(-1)).toBe('- cannot: no rig');
  });

  it('leaves a mechanism that cannot race out of the figure tables, and keeps one that failed', () => {
    expect(racingIds(rosterOf(runs))).toEqual(['fast', 'slow', 'paced', 'broken', 'brand-new']);
    // Skipped in one run only (the browser lacked it once): it raced, so it keeps its row.
    const mixed = rosterOf([
      { app: [app('flaky', 'skipped', 'no API')], minimal: [] },
      { app: [app('flaky')], minimal: [{ id: 'flaky' }] },
    ]);
    expect(racingIds(mixed)).toEqual(['flaky']);
  });

  it('judges throughput only where both pages measured it, and says why one is missing', () => {
    const goals = throughputGoals(rosterOf(runs), [
      throughput('fast', 900, 1000),
      throughput('slow', 700, 1000),
      throughput('paced', null, null),
      throughput('brand-new', 5000, null),
    ]);
    expect(goals.map((g) => [g.goal.split(' ')[0], g.met])).toEqual([
      ['fast', true],
      ['slow', false],
      ['broken', false],
    ]);
    expect(goals[2]?.detail).toMatch(
      /not measured \(app failed: the counterpart never answered; minimal failed: no answer\)/,
    );
  });
});
