/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// One config for the app build, the dev server (mounted inside mock-server/dev.ts) and Vitest.
export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // The build check (test/integration/build/bundle-size.test.ts) reads this manifest to find the
    // JavaScript a first visit loads.
    manifest: true,
    // No preload lists for lazy chunks: they would list every page's files in the first bundle,
    // and the app is served from the same machine (or the classroom's LAN), where a lazy page's
    // few extra requests cost less than carrying those lists on every first visit.
    modulePreload: false,
    rolldownOptions: {
      // The relay worker is a second entry, emitted at the root as /sw.js: a worker controls the
      // paths below its own, so it must not live in /assets/.
      input: { index: 'index.html', sw: 'src/service-worker/sw.ts' },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['test/unit/setup.ts'],
          restoreMocks: true,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'node',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
