// The Firefox step of `npm test`: the registry-driven smoke and the Firefox proofs of the claims,
// in Debian's Firefox ESR over WebDriver BiDi. Needs the built app (dist/). Prints each test, then
// `N passed, N failed`, and writes .test-output/firefox.json for test/tools/test.mjs.
//   tsx test/firefox/run.ts [--grep PART-OF-A-TITLE] [--workers N] [--retries N]
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { firefoxLaunchOptions, LAN_HOST } from './firefox';
import { runAll, type Result } from './harness';
import { startServer } from './server';
import './smoke';

// The Firefox proofs of the claims: every `*.claims.ts` beside this file registers its tests.
for (const file of readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.claims.ts'))
  .sort())
  await import(`./${file}`);

const { values } = parseArgs({
  options: {
    grep: { type: 'string' },
    workers: { type: 'string', default: '4' },
    // As the Playwright config: one more try in CI, where a loaded machine can time a test out.
    retries: { type: 'string', default: process.env.CI ? '1' : '0' },
  },
});
const PORT = Number(process.env.E2E_PORT ?? 4283);
const FOREIGN_PORT = Number(process.env.E2E_FOREIGN_PORT ?? 4284);
const OUT = '.test-output/firefox.json';

function report(results: Result[], note?: string) {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed + (note ? 1 : 0);
  const flaky = results.filter((r) => r.flaky).length;
  mkdirSync('.test-output', { recursive: true });
  writeFileSync(OUT, JSON.stringify({ passed, failed, flaky, note, results }, null, 2));
  if (note) console.log(note);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

async function main() {
  const server = await startServer(PORT, FOREIGN_PORT);
  try {
    const browser = await puppeteer.launch(firefoxLaunchOptions());
    try {
      console.log(`Firefox: ${await browser.version()}`);
      const results = await runAll(
        {
          browser,
          base: `http://localhost:${PORT}`,
          origins: {
            loopback: `http://127.0.0.1:${PORT}`,
            lan: `http://${LAN_HOST}:${PORT}`,
            foreign: `http://localhost:${FOREIGN_PORT}`,
          },
        },
        {
          workers: Math.max(1, Number(values.workers)),
          grep: values.grep,
          retries: Math.max(0, Number(values.retries)),
        },
      );
      report(results);
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
  }
}

main().catch((error: unknown) =>
  report([], `the Firefox run could not start: ${error instanceof Error ? error.message : error}`),
);
