import type { Smoke } from '../../lib/smoke-types';

// The page and its cross-origin frame (the default recipient of the send form), both ways.
export const smoke: Smoke = {
  shape: { kind: 'frame', title: 'Cross-origin frame', list: 'Received here' },
};
