import { describe, expect, it } from 'vitest';
import { IDLE_STATUS, reduceStatus } from '../../../src/lib/connection-status';
import type { TransportEvent } from '../../../src/lib/transport-types';
import { envelope } from '../helpers';

const status = (
  value: 'connecting' | 'open' | 'closed' | 'error',
  at: number,
  reason?: string,
  manual = false,
): TransportEvent => ({ type: 'status', at, status: value, manual, reason });

describe('reduceStatus', () => {
  it('is idle until a status event, then the latest status with its flag, reason and time', () => {
    expect(IDLE_STATUS).toMatchObject({ status: 'idle', manual: false, since: null });
    const events = [status('connecting', 1), status('open', 2, 'connected')];
    expect(events.reduce(reduceStatus, IDLE_STATUS)).toEqual({
      status: 'open',
      manual: false,
      reason: 'connected',
      since: 2,
    });
    const closed = [...events, status('closed', 3, 'disconnected by you', true)];
    expect(closed.reduce(reduceStatus, IDLE_STATUS)).toMatchObject({
      status: 'closed',
      manual: true,
      since: 3,
    });
  });

  it('returns the same object for an event that changes nothing, or is not a status', () => {
    const open = reduceStatus(IDLE_STATUS, status('open', 1, 'connected'));
    expect(reduceStatus(open, status('open', 9, 'connected'))).toBe(open);
    const message: TransportEvent = {
      type: 'received',
      at: 10,
      envelope: envelope(),
      data: null,
      size: 5,
    };
    expect(reduceStatus(open, message)).toBe(open);
    expect(reduceStatus(open, { type: 'error', at: 11, error: { name: 'E', message: 'm' } })).toBe(
      open,
    );
  });

  it('changes when only the reason or the manual flag does', () => {
    const open = reduceStatus(IDLE_STATUS, status('open', 1, 'connected'));
    const resumed = reduceStatus(open, status('open', 2, 'resumed after ep-4'));
    expect(resumed).not.toBe(open);
    expect(resumed).toMatchObject({ status: 'open', reason: 'resumed after ep-4', since: 2 });
    const closed = reduceStatus(resumed, status('closed', 3));
    expect(reduceStatus(closed, status('closed', 4, undefined, true))).toMatchObject({
      manual: true,
    });
  });
});
