#!/usr/bin/env node
// `npm test`: lint, type-check, unit and component tests, build, integration tests against the real
// server, end-to-end tests in real Chromium, then the smoke and the claims in Firefox ESR. Every step
// runs even if an earlier one failed, so one run shows everything that is wrong; the last line is `N passed, N failed`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';

const OUT = '.test-output';
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const bin = (name) => `node_modules/.bin/${name}`;
const results = [];

function run(label, command, args, env = {}) {
  console.log(`\n━━ ${label} ━━`);
  const started = Date.now();
  const child = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '1', ...env },
  });
  return { ok: child.status === 0, seconds: (Date.now() - started) / 1000 };
}

/** A step that is a single check (lint, types, build). */
function check(label, command, args) {
  const { ok, seconds } = run(label, command, args);
  results.push({ label, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, seconds });
  return ok;
}

/** A check run beside others: its output is kept and printed whole, when its turn comes. */
function runQuietly(command, args) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, FORCE_COLOR: '1' } });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    const done = (ok) => resolve({ ok, output, seconds: (Date.now() - started) / 1000 });
    child.on('error', (error) => (output.push(Buffer.from(`${error.message}\n`)), done(false)));
    child.on('close', (code) => done(code === 0));
  });
}

/**
 * The single-threaded checks (eslint, prettier, each tsc), as many at a time as there are cores
 * and at least two: one after another they took ~106 s on 2 cores. Each one's output is printed
 * whole and counted in the order listed, as if they had run one after another.
 */
async function checksAtOnce(steps) {
  let free = Math.max(2, availableParallelism());
  const waiting = [];
  const slot = async () => {
    if (free > 0) free--;
    else await new Promise((resolve) => waiting.push(resolve));
  };
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else free++;
  };
  const runs = steps.map(([, command, args]) =>
    slot()
      .then(() => runQuietly(command, args))
      .finally(release),
  );
  for (const [i, [label]] of steps.entries()) {
    const { ok, output, seconds } = await runs[i];
    console.log(`\n━━ ${label} ━━`);
    process.stdout.write(Buffer.concat(output));
    results.push({ label, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, seconds });
  }
}

/** A step that could not report its tests counts as one failure, with the reason. */
const failedStep = (label, seconds, note) =>
  results.push({ label, passed: 0, failed: 1, skipped: 0, seconds, note });

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function vitest(label, project) {
  const file = `${OUT}/${project}.json`;
  const { ok, seconds } = run(label, bin('vitest'), [
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ]);
  const report = readJson(file);
  if (!report) return failedStep(label, seconds, 'no report: the runner crashed');
  const failed = report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1); // a failed suite that ran no test still counts
  results.push({
    label,
    passed: report.numPassedTests,
    failed,
    skipped: report.numPendingTests + report.numTodoTests,
    seconds,
  });
}

function playwright(label) {
  const file = `${OUT}/e2e.json`;
  const { ok, seconds } = run(label, bin('playwright'), ['test']);
  const report = readJson(file);
  if (!report?.stats) return failedStep(label, seconds, 'no report: see the error above');
  const { expected, unexpected, flaky, skipped } = report.stats;
  const errors = report.errors?.length ?? 0;
  results.push({
    label,
    passed: expected + flaky,
    failed: unexpected + errors + (ok || unexpected + errors > 0 ? 0 : 1),
    skipped,
    seconds,
    note: flaky ? `${flaky} passed on retry` : undefined,
  });
}

/** The Firefox smoke and Firefox proofs (test/firefox/run.ts), which writes its own counts. */
function firefox(label) {
  const file = `${OUT}/firefox.json`;
  const { ok, seconds } = run(label, bin('tsx'), ['test/firefox/run.ts']);
  const report = readJson(file);
  if (!report) return failedStep(label, seconds, 'no report: see the error above');
  results.push({
    label,
    passed: report.passed,
    failed: report.failed + (ok || report.failed > 0 ? 0 : 1),
    skipped: 0,
    seconds,
    note: report.note ?? (report.flaky ? `${report.flaky} passed on retry` : undefined),
  });
}

await checksAtOnce([
  ['lint (eslint)', bin('eslint'), ['.']],
  ['format (prettier --check)', bin('prettier'), ['--check', '.', '--log-level', 'warn']],
  ['types (app)', bin('tsc'), ['-p', 'tsconfig.app.json', '--noEmit']],
  ['types (unit tests)', bin('tsc'), ['-p', 'tsconfig.unit.json', '--noEmit']],
  ['types (service worker)', bin('tsc'), ['-p', 'tsconfig.sw.json', '--noEmit']],
  ['types (server, tests, scripts)', bin('tsc'), ['-p', 'tsconfig.node.json', '--noEmit']],
]);
vitest('unit and component tests', 'unit');
const built = check('build (vite build)', bin('vite'), ['build', '--logLevel', 'warn']);
vitest('integration tests (real server)', 'integration');
if (built && existsSync('dist/index.html')) playwright('end-to-end tests (Chromium)');
else failedStep('end-to-end tests (Chromium)', 0, 'not run: the build failed');
if (built && existsSync('dist/index.html')) firefox('smoke and claims (Firefox)');
else failedStep('smoke and claims (Firefox)', 0, 'not run: the build failed');

const total = results.reduce(
  (sum, r) => ({
    passed: sum.passed + r.passed,
    failed: sum.failed + r.failed,
    skipped: sum.skipped + r.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log('\n━━ summary ━━');
for (const r of results) {
  const mark = r.failed ? '✗' : '✓';
  console.log(
    `${mark} ${r.label.padEnd(34)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed${r.skipped ? ` ${r.skipped} skipped` : ''}  ${r.seconds.toFixed(1)}s${r.note ? `  (${r.note})` : ''}`,
  );
}
console.log(
  `${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`,
);
process.exit(total.failed ? 1 : 0);
