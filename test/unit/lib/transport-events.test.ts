import { describe, expect, it } from 'vitest';
import { openFailed, statusFromError, workerError } from '../../../src/lib/transport-events';
import { toLogEntry } from '../../../src/hooks/log-transport-event';

// Issue 12: when the browser refuses a connect (a constructor throws a DOMException), its message
// reaches the log as a status reason marked as the browser's words; the app's own errors do not.
const self = { id: 'p1', name: 'Red Fox', color: '#c00', kind: 'tab' } as const;

describe('status events from what was thrown', () => {
  it('marks a DOMException’s message as the browser’s, and the log entry carries the mark', () => {
    const event = openFailed(new DOMException('The URL is invalid.', 'SyntaxError'));
    expect(event).toMatchObject({ status: 'error', reason: 'The URL is invalid.', browser: true });
    const entry = toLogEntry('m', 'label', self, event);
    expect(entry).toMatchObject({ direction: 'status', browserWords: true });
  });

  it('leaves the app’s own Error unmarked, so the log reads it back in the reader’s language', () => {
    const event = statusFromError('closed', new Error('not connected to the hub'), true);
    expect(event).toMatchObject({ status: 'closed', manual: true });
    expect(event.browser).toBeUndefined();
    expect(toLogEntry('m', 'label', self, event).browserWords).toBeUndefined();
  });

  it('a worker’s ErrorEvent message is the browser’s; without one the app says it', () => {
    const thrown = new ErrorEvent('error', { message: 'Uncaught SyntaxError: Unexpected token' });
    expect(workerError(thrown, 'the worker script failed')).toEqual({
      name: 'WorkerError',
      message: 'Uncaught SyntaxError: Unexpected token',
      browser: true,
    });
    expect(workerError(new ErrorEvent('error'), 'the worker script failed')).toEqual({
      name: 'WorkerError',
      message: 'the worker script failed',
    });
  });
});
