// The Race, app against the minimal page, run after run: round trips at 1 KiB, throughput of 1 KiB
// messages with 32 in flight, and the CPU each message cost the racing tab; then one profiled race
// of each. The mechanisms are the app's own (every one in its registry, see race-roster.ts).
import { combine, type Combined, printGoals } from '../figures';
import { f, ratio, table } from '../format';
import { formatProfile, saveProfile, summarizeProfiles, type ProfileSummary } from '../profile';
import { appHubScript, appRace, minimalRace, RACE_MESSAGES, raceServer } from '../race';
import { profilesInStep } from '../race-profiles';
import { stepCpu } from '../race-steps';
import { appCounts, figuresOf, minimalCounts, traced } from './race-figures';
import { printRoster, racingIds, rosterOf, throughputGoals, type RosterRun } from './race-roster';
import { eachRun, type PartContext, type PartResult } from './context';

const cell = (fig: Combined | undefined, digits: number) => [
  f(fig?.app ?? null, digits),
  f(fig?.minimal ?? null, digits),
  fig?.app != null && fig.minimal != null ? ratio(fig.app, fig.minimal) : 'n/a',
];

function printTables(ids: string[], figures: Combined[]) {
  const get = (id: string, what: string) => figures.find((x) => x.id === `race.${id}.${what}`);
  console.log(
    '\nRound trip at 1 KiB (ms, median of the runs) and CPU per round trip (µs of main-thread task time):\n',
  );
  console.log(
    table(
      ['mechanism', 'app ms', 'minimal ms', 'ratio', 'app µs/msg', 'minimal µs/msg', 'CPU ratio'],
      ids.map((id) => [id, ...cell(get(id, 'rt-1k'), 2), ...cell(get(id, 'rt-1k.cpu'), 1)]),
    ),
  );
  console.log(
    '\nThroughput, 1 KiB messages with 32 in flight (messages a second, median of the runs) and CPU per message:\n',
  );
  console.log(
    table(
      [
        'mechanism',
        'app msg/s',
        'minimal msg/s',
        'ratio',
        'app µs/msg',
        'minimal µs/msg',
        'CPU ratio',
      ],
      ids.map((id) => [
        id,
        ...cell(get(id, 'throughput'), 0),
        ...cell(get(id, 'throughput.cpu'), 1),
      ]),
    ),
  );
  // A worker counterpart's half of the work runs on its own thread, which the columns above miss.
  const workers = ids.filter((id) => (get(id, 'throughput.worker-cpu')?.app ?? 0) > 0);
  if (!workers.length) return;
  console.log(
    "\nThe same burst on worker threads (the SharedWorker hub, the echo worker…): CPU per message (µs of the workers' task time, from the race's trace):\n",
  );
  console.log(
    table(
      ['mechanism', 'app µs/msg', 'minimal µs/msg', 'CPU ratio'],
      workers.map((id) => [id, ...cell(get(id, 'throughput.worker-cpu'), 1)]),
    ),
  );
}

/** One profiled race of each page; the profiler's own cost stays out of the figures above. */
async function profiles(ctx: PartContext, appUrl: string, foreignPort: number, hub: string | null) {
  const only = ctx.options.mechanisms;
  const burst = ctx.options.burstMs;
  const app = await appRace(ctx.browser, appUrl, true, only, false, burst);
  const bare = await minimalRace(ctx.browser, appUrl, foreignPort, true, only, false, hub, burst);
  const out: Record<string, { app: ProfileSummary; minimal: ProfileSummary }> = {};
  for (const result of app.results) {
    if (result.status === 'skipped') continue; // cannot race: nothing was profiled
    const b = bare.results.find((r) => r.id === result.id);
    const [ac, bc] = [appCounts(result), b ? minimalCounts(b) : { '1k': 0, throughput: 0 }];
    for (const [page, steps] of [
      ['app', app.steps],
      ['minimal', bare.steps],
    ] as const)
      for (const p of steps.profiles.filter((p) => p.key === result.id))
        saveProfile(`race-${result.id}-${p.step}-${page}`, p.profile);
    // Each profile cut to its step (see race-profiles.ts), the messages scaled to the part covered.
    const [a, m] = [
      profilesInStep(app.steps, result.id, ac),
      profilesInStep(bare.steps, result.id, bc),
    ];
    const summary = {
      app: { ...summarizeProfiles(a.profiles, a.messages, 6), covered: a.covered },
      minimal: { ...summarizeProfiles(m.profiles, m.messages, 4), covered: m.covered },
    };
    out[result.id] = summary;
    const label = (page: string, covered: number) =>
      `${result.id}, ${page} (the profiles cover ${(covered * 100).toFixed(0)}% of its steps)`;
    console.log(`\n${formatProfile(label('app', a.covered), summary.app)}`);
    console.log(formatProfile(label('minimal', m.covered), summary.minimal));
  }
  return out;
}

export async function racePart(ctx: PartContext): Promise<PartResult> {
  console.log(
    `\nThe Race (the compare page) against a minimal page on the same counterparts: ${RACE_MESSAGES} round trips per size after the warm-up, then 1 KiB messages with 32 in flight for at least ${ctx.options.burstMs} ms (500 at least).`,
  );
  const host = await raceServer(ctx.port(4), ctx.port(5));
  const hub = ctx.options.minimalHub === 'app' ? appHubScript() : null;
  if (hub)
    console.log(
      `The minimal page's SharedWorker rig talks to the app's own hub (${hub}), not its plain twin: the worker columns compare one hub under two pages.`,
    );
  try {
    const raw: unknown[] = [];
    const rosterRuns: RosterRun[] = [];
    const runs = await eachRun(ctx.options, 'race', async (run) => {
      const only = ctx.options.mechanisms;
      const trace = ctx.options.traceSteps;
      const burst = ctx.options.burstMs;
      const raceApp = () => appRace(ctx.browser, host.urls.app, false, only, trace, burst);
      const raceBare = () =>
        minimalRace(ctx.browser, host.urls.app, host.ports.foreign, false, only, trace, hub, burst);
      // The pages take turns going first: on a shared machine the load drifts by the minute, and
      // with the app always first a rising load fell on the minimal page every run, a falling one
      // on the app. Alternating, a steady drift favours each page in every other run.
      let app, bare;
      if (run % 2 === 0) {
        app = await raceApp();
        bare = await raceBare();
      } else {
        bare = await raceBare();
        app = await raceApp();
      }
      rosterRuns.push({ app: app.results, minimal: bare.results });
      raw.push({
        appFirst: run % 2 === 0,
        app: app.results,
        minimal: bare.results,
        cpu: {
          app: stepCpu(app.steps.marks, traced(app.steps)),
          minimal: stepCpu(bare.steps.marks, traced(bare.steps)),
        },
      });
      return figuresOf(app, bare);
    });
    const figures = combine(runs);
    const roster = rosterOf(rosterRuns);
    const ids = racingIds(roster);
    // Every run's results, and which mechanisms raced on which page (with the reasons for the rest).
    const out = { roster, runs: raw };
    console.log(`\n${printRoster(roster)}`);
    printTables(ids, figures);
    const whole = figures.find((fig) => fig.id === 'race.all.cpu');
    console.log(
      `\nCPU per message over the whole race (every mechanism and step, µs of task time): app ${f(whole?.app ?? null, 1)}, minimal ${f(whole?.minimal ?? null, 1)}${whole?.ratio != null ? ` (${whole.ratio.toFixed(2)}×)` : ''}.`,
    );
    console.log(
      'A step\'s CPU is the thread time of the racing tab\'s tasks that started in it, from a trace of the race (one event per task). Without a trace it comes from counters read when the bench hears of the step, and reads "—" where that read lagged by more than a tenth of the step.',
    );
    const goals = throughputGoals(roster, figures);
    console.log(`\n${printGoals(goals)}`);
    if (!ctx.options.profile) return { figures, goals, raw: out };
    console.log(
      '\nProfiles: one more race of each page with the CPU profiler on (1 KiB round trips and the 32-in-flight burst), self time by function and by file:',
    );
    return {
      figures,
      goals,
      raw: out,
      profiles: await profiles(ctx, host.urls.app, host.ports.foreign, hub),
    };
  } finally {
    await host.close();
  }
}
