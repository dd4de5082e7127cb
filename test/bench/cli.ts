// `npm run bench -- [options]`: which parts to run, how many times, and where.

export const PART_NAMES = [
  'latency',
  'window',
  'buffers',
  'service-worker',
  'race',
  'log',
  'flow',
] as const;
export type PartName = (typeof PART_NAMES)[number];

export const PART_HELP: Record<PartName, string> = {
  latency: 'one-way latency between two tabs (BroadcastChannel, storage event)',
  window:
    'round trips over window messaging (parent ↔ iframes, opener ↔ popup), CPU per message with and without the driver, profiles',
  buffers: 'copy vs transfer of an ArrayBuffer to a same-origin frame',
  'service-worker': 'the ServiceWorker relay, warm and cold',
  race: 'the Race against a minimal page: round trips, throughput, CPU per message, profiles',
  log: 'the log under 100,000 messages at 5,000/s: frames, long tasks, CPU per message, profile',
  flow: 'the flow view: 10,000 messages streaming in, then scrolling',
};

export type BenchOptions = {
  only: PartName[];
  runs: number;
  /** Cores the busy neighbour spins for the last log-flood run; 0: no busy run. */
  busyThreads: number;
  profile: boolean;
  /** Log flood: a trace of each flood, so each long task says how much of it was the page's, and what it was. */
  traceTasks: boolean;
  /** Race: each step's CPU from a trace of the race's tasks (else from counters read late). */
  traceSteps: boolean;
  /** Race: only these mechanism ids (the app's registry ids); empty: every one. */
  mechanisms: string[];
  /** Race: the minimal page's SharedWorker rig uses the app's built hub instead of its twin. */
  minimalHub: 'own' | 'app';
  /** Race: each throughput burst lasts at least this long, on both pages (the Race's own: 400). */
  burstMs: number;
  /** First of six consecutive ports for the servers the bench starts; 0: any free ports. */
  port: number;
  help: boolean;
};

export const USAGE = `Usage: npm run bench -- [--only NAMES] [--runs N] [--busy-threads N] [--no-profile] [--port P]
                          [--mechanisms IDS] [--no-step-trace] [--minimal-hub app] [--burst-ms MS]

  --only NAMES        comma-separated parts to run (default: all):
${PART_NAMES.map((name) => `                        ${name.padEnd(15)} ${PART_HELP[name]}`).join('\n')}
  --runs N            runs of each part; every figure is the median over them (default 3)
  --busy-threads N    the last log-flood run has a second Chromium spinning N cores beside it
                      (default 1; 0 for none)
  --no-profile        skip the CPU profiles (race, log)
  --trace-tasks       log: trace each flood (tasks, timeline events, profiler samples), so each task
                      over 50 ms is split into the page's own CPU time and the time it waited for a
                      core, and it and the 5 tasks with the most CPU are named (type, events,
                      sampled functions); each long task the page's observer counted is found
                      in the trace; the traces and the floods' frame timestamps are kept in
                      .bench-results/traces (about 300 MB a flood)
  --mechanisms IDS    race: only these mechanisms, comma-separated registry ids such as
                      window-open,iframe-post-message (default: every one the app registers)
  --no-step-trace     race: read each step's CPU from counters when the bench hears of the step,
                      not from a trace of the race's tasks (a read can lag; lagging steps read "—")
  --minimal-hub app   race: the minimal page's SharedWorker rig talks to the app's own built hub
                      (dist/assets/hub.worker-*.js), not its plain twin: both pages then race
                      against the same worker code, so what still differs is the page's
  --burst-ms MS       race: each page's throughput burst lasts at least MS ms (default 2000; the
                      Race in the app holds 400): a burst five times longer is less at the mercy
                      of a stall or a busy neighbour on a shared machine
  --port P            servers on ports P…P+5 (default: any free ports; also BENCH_PORT)
  --help              this text

Figures print as tables; all of them, with ratios and every run's values, go to
.bench-results/latest.json.`;

export function parseOptions(argv: string[]): BenchOptions {
  const options: BenchOptions = {
    only: [...PART_NAMES],
    runs: 3,
    busyThreads: 1,
    profile: true,
    traceTasks: false,
    traceSteps: true,
    mechanisms: [],
    minimalHub: 'own',
    burstMs: 2000,
    port: Number(process.env.BENCH_PORT ?? 0),
    help: false,
  };
  const number = (flag: string, value: string | undefined, min: number) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new Error(`${flag} needs a whole number ≥ ${min}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--help' || flag === '-h') options.help = true;
    else if (flag === '--no-profile') options.profile = false;
    else if (flag === '--trace-tasks') options.traceTasks = true;
    else if (flag === '--no-step-trace') options.traceSteps = false;
    else if (flag === '--runs') options.runs = number(flag, value(), 1);
    else if (flag === '--busy-threads') options.busyThreads = number(flag, value(), 0);
    else if (flag === '--port') options.port = number(flag, value(), 0);
    else if (flag === '--burst-ms') {
      options.burstMs = number(flag, value(), 100);
      if (options.burstMs > 10_000) throw new Error('--burst-ms takes at most 10000');
    } else if (flag === '--minimal-hub') {
      const hub = value();
      if (hub !== 'app' && hub !== 'own')
        throw new Error(`--minimal-hub takes app or own; got "${hub}"`);
      options.minimalHub = hub;
    } else if (flag === '--mechanisms') {
      const ids = (value() ?? '').split(',').filter(Boolean);
      if (ids.length === 0 || ids.some((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)))
        throw new Error(
          `--mechanisms takes comma-separated kebab-case ids; got "${ids.join(',')}"`,
        );
      options.mechanisms = ids;
    } else if (flag === '--only') {
      const names = (value() ?? '').split(',').filter(Boolean);
      const unknown = names.filter((n) => !(PART_NAMES as readonly string[]).includes(n));
      if (unknown.length || names.length === 0)
        throw new Error(`--only takes ${PART_NAMES.join(', ')}; got "${unknown.join(',')}"`);
      options.only = names as PartName[];
    } else throw new Error(`unknown option ${arg}\n\n${USAGE}`);
  }
  return options;
}
