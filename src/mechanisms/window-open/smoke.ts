import type { Smoke } from '../../lib/smoke-types';

// The opener and a popup it opens from a click (transient activation), both ways.
export const smoke: Smoke = {
  shape: { kind: 'popup', open: 'Open popup', list: 'Received here' },
};
