import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../../src/app/router';

describe('parseRoute', () => {
  it.each([
    ['/', { name: 'overview' }],
    ['/compare/', { name: 'compare' }],
    ['/m/broadcast-channel', { name: 'mechanism', id: 'broadcast-channel' }],
    ['/peer/window-open', { name: 'peer', id: 'window-open' }],
    ['/m/Bad_Id', { name: 'not-found', path: '/m/Bad_Id' }],
    ['/nowhere', { name: 'not-found', path: '/nowhere' }],
  ])('%s', (path, route) => expect(parseRoute(path)).toEqual(route));
});
