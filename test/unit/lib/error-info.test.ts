import { describe, expect, it } from 'vitest';
import { errorInfo } from '../../../src/lib/error-info';

// Issue 12: a message the browser wrote itself reaches the zh-CN log as written, marked as the
// browser's; the app's own messages are translated. errorInfo tells the two apart.
describe('errorInfo', () => {
  it('marks a DOMException’s message as the browser’s words', () => {
    const error = new DOMException('The object can not be cloned.', 'DataCloneError');
    expect(errorInfo(error)).toEqual({
      name: 'DataCloneError',
      message: 'The object can not be cloned.',
      browser: true,
    });
  });

  it('marks the engine’s built-in errors (fetch’s TypeError) as the browser’s words', () => {
    expect(errorInfo(new TypeError('Failed to fetch')).browser).toBe(true);
    expect(errorInfo(new SyntaxError('Unexpected token')).browser).toBe(true);
  });

  it('leaves the app’s own errors unmarked: plain Errors, renamed ones, { name, message }', () => {
    expect(errorInfo(new Error('not connected to the hub'))).toEqual({
      name: 'Error',
      message: 'not connected to the hub',
    });
    const renamed = new RangeError('the ring is full');
    renamed.name = 'RingFull';
    expect(errorInfo(renamed).browser).toBeUndefined();
    const written = { name: 'InvalidStateError', message: 'not controlled' };
    expect(errorInfo(written).browser).toBeUndefined();
    expect(errorInfo('a string').browser).toBeUndefined();
  });
});
