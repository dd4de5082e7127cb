/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compatDataPlugin } from './build/compat-plugin.ts';

// Worker entries are found by convention, not listed. A `src/mechanisms/<id>/<name>.worker.ts`
// that a sibling module loads with `new URL('./<name>.worker.ts', import.meta.url)` is bundled by
// Vite from that reference (hashed, under /assets/). Any other one (a ServiceWorker, which controls
// only the paths below its own and so must not live in /assets/) is an entry of its own, emitted
// at the root as /<name>.js. Emitting both ways would ship the same worker twice.
// https://developer.mozilla.org/en-US/docs/Web/API/ServiceWorkerContainer/register#scope
// https://vite.dev/guide/features#import-with-constructors
const loadedByUrl = (dir: string, file: string) =>
  readdirSync(dir).some(
    (sibling) =>
      /\.tsx?$/.test(sibling) &&
      !sibling.endsWith('.worker.ts') &&
      readFileSync(join(dir, sibling), 'utf8').includes(`new URL('./${file}', import.meta.url)`),
  );
const workerEntries = Object.fromEntries(
  readdirSync('src/mechanisms', { recursive: true, encoding: 'utf8' })
    .filter((file) => /^[^/\\]+[/\\][^/\\]+\.worker\.ts$/.test(file))
    .filter((file) => !loadedByUrl(join('src/mechanisms', dirname(file)), basename(file)))
    .map((file) => [basename(file, '.worker.ts'), `src/mechanisms/${file}`]),
);

// One config for the app build, the dev server (mounted inside mock-server/dev.ts) and Vitest.
type ModuleGraph = {
  getModuleInfo(id: string): { importers: readonly string[] } | null;
};
/** Whether a module matching `root` imports this one statically, directly or through others. */
function reachedFrom(id: string, graph: ModuleGraph, root: (id: string) => boolean): boolean {
  const seen = new Set<string>();
  const queue = [id];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    if (root(next)) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(graph.getModuleInfo(next)?.importers ?? []));
  }
  return false;
}

export default defineConfig({
  plugins: [react(), compatDataPlugin()],
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
      input: { index: 'index.html', ...workerEntries },
      output: {
        entryFileNames: (chunk) =>
          chunk.name in workerEntries ? '[name].js' : 'assets/[name]-[hash].js',
        // Everything the first visit loads anyway goes in one chunk: left alone, the modules the
        // shell shares with lazy pages become two dozen tiny files, each compressed on its own,
        // which costs a first visit about 6 KB of gzip and as many requests.
        // (The entry module itself stays the entry; worker entries share nothing with the page.)
        codeSplitting: {
          groups: [
            {
              name: (id, ctx) =>
                !id.endsWith('/src/main.tsx') &&
                reachedFrom(id, ctx, (m) => m.endsWith('/src/main.tsx')) &&
                !reachedFrom(id, ctx, (m) => /\.worker\.ts$/.test(m))
                  ? 'shell'
                  : null,
            },
          ],
        },
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
          // One jsdom per worker, not per file: isolating each of ~90 files cost ~240 s of CPU (a
          // fresh worker, jsdom, React and Testing Library every time) against ~50 s in all now.
          // test/unit/setup.ts puts back what a file may leave behind and has the app's own
          // modules evaluated afresh for the next file, so each still starts as if alone.
          // https://vitest.dev/config/#isolate
          isolate: false,
          pool: 'threads',
          // A page's first render imports it lazily and transforms it on the spot: on a busy 2-core
          // machine that alone can pass Vitest's 5 s default.
          testTimeout: 15_000,
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
