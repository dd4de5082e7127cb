import type { Smoke } from '../../lib/smoke-types';

// The first load is not controlled (the page that registers a worker never is): once the worker
// is active, the first tab claims every tab, and the worker relays between them.
export const smoke: Smoke = {
  shape: { kind: 'tabs', count: 2 },
  prepare: [{ see: 'activated' }, { click: 'Claim this page (clients.claim)' }],
  ready: 'controlled by worker',
};
