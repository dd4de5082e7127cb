// `npm run bench`: measurements printed as tables (never part of npm test, never asserted on time).
// Every figure stands beside the same figure for a minimal hand-written page, with their ratio,
// as the median of several runs; `--only` runs parts, `--help` lists them. All figures go to
// .bench-results/latest.json for scripts to compare.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { createServer } from '../../mock-server/index';
import { launch, serveMinimal } from './browser';
import { type PartName, parseOptions, USAGE } from './cli';
import type { PartContext, PartResult } from './parts/context';
import { buffersPart, flowPart, latencyPart, serviceWorkerPart } from './parts/classic';
import { logPart } from './parts/log';
import { racePart } from './parts/race';
import { windowPart } from './parts/window';

const PARTS: Record<PartName, (ctx: PartContext) => Promise<PartResult>> = {
  latency: latencyPart,
  window: windowPart,
  buffers: buffersPart,
  'service-worker': serviceWorkerPart,
  race: racePart,
  log: logPart,
  flow: flowPart,
};

let options;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

const port = (offset: number) => (options.port ? options.port + offset : 0);
const server = await createServer({ port: port(0), foreignPort: port(1) });
const minimal = await serveMinimal([port(2), port(3)]);
const browser = await launch();
// How busy the machine was: wall-clock figures mean little without it.
const load = () => loadavg().map((n) => Number(n.toFixed(2)));
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  chromium: browser.version(),
  cpus: cpus().length,
  options,
  loadBefore: load(),
};
const parts: Record<string, PartResult> = {};

try {
  console.log(
    `Comms Lab benchmark · Chromium ${browser.version()} · ${cpus().length} cores · headless · load average ${load().join(' ')}`,
  );
  console.log(
    `Parts: ${options.only.join(', ')} · ${options.runs} run(s) each · figures are medians over the runs.`,
  );
  const ctx: PartContext = { browser, options, appUrl: server.urls.app, minimal, port };
  for (const name of options.only) {
    parts[name] = await PARTS[name](ctx);
    console.log(`  (load average now ${load().join(' ')})`);
  }
} finally {
  results.loadAfter = load();
  results.figures = Object.values(parts).flatMap((p) => p.figures);
  results.goals = Object.values(parts).flatMap((p) => p.goals);
  results.profiles = Object.fromEntries(
    Object.entries(parts).map(([name, p]) => [name, p.profiles ?? null]),
  );
  results.raw = Object.fromEntries(Object.entries(parts).map(([name, p]) => [name, p.raw]));
  mkdirSync('.bench-results', { recursive: true });
  const json = JSON.stringify(results, null, 2);
  writeFileSync('.bench-results/latest.json', json);
  writeFileSync(`.bench-results/${String(results.date).replace(/[:.]/g, '-')}.json`, json);
  console.log('\nAll figures, with ratios and every run: .bench-results/latest.json');
  await browser.close();
  await minimal.close();
  await server.close();
}
