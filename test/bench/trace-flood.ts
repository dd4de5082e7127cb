// `npx tsx test/bench/trace-flood.ts [--port P] [--total N] [--minimal] [--busy N]`: one log flood
// (the app's page, or the minimal page) with a Chrome trace running, then every task over 50 ms on
// the receiving tab's main thread with what it was made of. Needs a build (`npx vite build`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createServer } from '../../mock-server/index';
import { launch, serveMinimal } from './browser';
import { startBusyNeighbour } from './busy';
import { parseOptions } from './cli';
import { LOAD_RATE } from './log-load';
import { describeWith, longTasks, rendererMain, sumSelf, threadEvents } from './long-tasks';
import { flood } from './parts/log-flood';
import { parseTrace } from './task-split';
import { locate } from './profile';

const argv = process.argv.slice(2);
const flag = (name: string) => {
  const i = argv.indexOf(name);
  if (i < 0) return undefined;
  const value = argv[i + 1];
  argv.splice(i, 2);
  return value;
};
const total = Number(flag('--total') ?? 20_000);
const busy = Number(flag('--busy') ?? 0);
const flagCpu = Number(flag('--cpu') ?? 10);
const page = argv.includes('--minimal') ? 'minimal' : 'app';
const options = parseOptions(argv.filter((a) => a !== '--minimal'));
const port = (offset: number) => (options.port ? options.port + offset : 0);
const server = await createServer({ port: port(0), foreignPort: port(1) });
const minimal = await serveMinimal([port(2), port(3)]);
const browser = await launch();
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
try {
  const neighbour = busy ? await startBusyNeighbour(minimal.url, busy) : null;
  console.log(`${page} page, ${total} messages at ${LOAD_RATE}/s, busy ${busy}, load ${load()}`);
  const ctx = { browser, options, appUrl: server.urls.app, minimal, port };
  const result = await flood(ctx, page, { total, rate: LOAD_RATE, trace: true });
  await neighbour?.stop();
  if (!result.trace) throw new Error('no trace');
  mkdirSync('.bench-results/traces', { recursive: true });
  const file = `.bench-results/traces/log-flood-${page}.json`;
  writeFileSync(file, result.trace);
  const events = parseTrace(result.trace);
  const { pid, tid } = rendererMain(events, page === 'app' ? '/m/' : 'log.html');
  const thread = threadEvents(events, pid, tid);
  const where = (url: string, line: number, column: number) =>
    locate({ functionName: '', url, lineNumber: line, columnNumber: column }).where;
  const describe = describeWith(where);
  const tasks = longTasks(thread, { describe });
  const heavy = longTasks(thread, { describe, measure: 'cpu', thresholdMs: flagCpu });
  console.log(
    `received ${result.received}, p95 frame ${result.p95FrameMs.toFixed(1)} ms, dropped ${result.droppedFrames}/${result.frames}, long tasks (observer) ${result.longTasks}, longest ${result.longestTaskMs ?? '—'} ms, CPU ${result.cpu.taskUs.toFixed(1)} µs/msg, load ${load()}`,
  );
  console.log(
    `trace: ${file}; ${tasks.length} task(s) over 50 ms of wall time on the receiver's main thread, ${tasks.filter((t) => t.cpuMs > 50).length} over 50 ms of CPU; their CPU: ${tasks.map((t) => t.cpuMs.toFixed(1)).join(', ')}`,
  );
  console.log(`\nTasks over ${flagCpu} ms of CPU (amounts in CPU ms):`);
  for (const task of heavy) {
    console.log(
      `\n@${task.atMs.toFixed(0)} ms: ${task.cpuMs.toFixed(1)} ms CPU, ${task.ms.toFixed(1)} ms wall`,
    );
    for (const part of task.parts.slice(0, 6))
      console.log(`  part ${part.ms.toFixed(1).padStart(6)} ms  ${part.name} ${part.detail}`);
    const self = [...task.self].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(`  self: ${self.map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join(', ')}`);
  }
  console.log('\nall those tasks, self CPU time by name (ms):');
  for (const [name, ms] of sumSelf(heavy).slice(0, 15))
    console.log(`  ${ms.toFixed(1).padStart(8)}  ${name}`);
} finally {
  await browser.close();
  await minimal.close();
  await server.close();
}
