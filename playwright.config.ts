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
    trace: 'retain-on-failure',
    viewport: { width: 1280, height: 900 },
  },
  webServer: {
    command: 'node_modules/.bin/tsx mock-server/cli.ts',
    env: { PORT: String(PORT), FOREIGN_PORT: String(FOREIGN_PORT) },
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
  },
});
