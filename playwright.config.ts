import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './test/tools/chromium';

// End-to-end tests run the built app on ports of their own, so a running `npm start` is no bother.
const PORT = Number(process.env.E2E_PORT ?? 4273);
const FOREIGN_PORT = Number(process.env.E2E_FOREIGN_PORT ?? 4274);

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['json', { outputFile: '.test-output/e2e.json' }]],
  outputDir: '.test-output/e2e-artifacts',
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    // Recording a trace costs every test (screencast frames, DOM snapshots, the zip): measured on
    // 15 tests, 30 % more CPU and 24 % more wall time. CI retries a failed test once and records
    // that retry; a local run keeps the failed test's trace.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
    viewport: { width: 1280, height: 900 },
  },
  // Tests tagged @alone measure the browser's connection pool, which every context of the browser
  // shares: they run after the others, by themselves, so no other test frees or takes a connection.
  projects: [
    { name: 'chromium', grepInvert: /@alone/ },
    // One worker: two @alone tests at once would share the pool they each measure.
    { name: 'alone', grep: /@alone/, dependencies: ['chromium'], workers: 1 },
  ],
  webServer: {
    command: 'node_modules/.bin/tsx mock-server/cli.ts',
    // lan.comms-lab.test is the non-secure origin the ServiceWorker spec maps to 127.0.0.1: the
    // server's Host check must know it (as a teacher names a LAN host with ALLOWED_HOSTS).
    env: {
      PORT: String(PORT),
      FOREIGN_PORT: String(FOREIGN_PORT),
      ALLOWED_HOSTS: 'lan.comms-lab.test',
    },
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
  },
});
