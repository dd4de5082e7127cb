import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { server } from './msw-server';

// A lazy page's first render transforms its modules on the spot; on a busy 2-core machine a
// `findBy…` can wait longer than Testing Library's default 1 s for it (the test's own timeout,
// set in vite.config.ts, still bounds the whole test).
// https://testing-library.com/docs/dom-testing-library/api-configuration#asyncutiltimeout
configure({ asyncUtilTimeout: 10_000 });

// One set of msw handlers for every unit test; a request nobody planned for fails the test.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  vi.restoreAllMocks();
  server.resetHandlers();
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});
afterAll(() => {
  server.close();
  // Test files share their worker's jsdom (`isolate: false` in vite.config.ts), so each file ends
  // by putting back what the next one would otherwise find changed: globals and timers it stubbed,
  // the address, the root element's language, theme and inline styles, and the app's modules. The
  // next file evaluates those afresh (its own store, query client, msw server), as in a worker of
  // its own; only node_modules (React, Testing Library) and jsdom are shared.
  // https://vitest.dev/api/vi.html#vi-resetmodules
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  window.history.replaceState(null, '', '/');
  const root = document.documentElement;
  for (const name of root.getAttributeNames()) root.removeAttribute(name);
  document.title = '';
  vi.resetModules();
});
