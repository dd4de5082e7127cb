import type { Smoke } from '../../lib/smoke-types';

// The page and its dedicated worker: what is typed comes back as the worker's echo.
export const smoke: Smoke = { shape: { kind: 'worker' } };
