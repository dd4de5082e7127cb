import type { Smoke } from '../../lib/smoke-types';

// The page and its mailbox worker: what is typed goes through the shared buffer and comes back.
export const smoke: Smoke = { shape: { kind: 'worker' } };
