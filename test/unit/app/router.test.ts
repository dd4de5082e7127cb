import { describe, expect, it } from 'vitest';
import { needsNewDocument, parseRoute } from '../../../src/app/router';
import { mechanisms } from '../../../src/mechanisms/registry';

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

describe('needsNewDocument', () => {
  // Derived from the registry: whichever mechanisms ask for isolation in their meta.
  const isolated = mechanisms.filter((m) => m.meta.isolation).map((m) => `/m/${m.meta.id}`);
  const plain = mechanisms.filter((m) => !m.meta.isolation).map((m) => `/m/${m.meta.id}`);

  it('finds at least one isolated route and others that are not', () => {
    expect(isolated.length).toBeGreaterThan(0);
    expect(plain.length).toBeGreaterThan(0);
  });

  it('loads a new document across the isolation boundary, both ways', () => {
    for (const to of isolated) {
      expect(needsNewDocument('/', to)).toBe(true);
      expect(needsNewDocument(plain[0]!, `${to}?lang=en`)).toBe(true);
      expect(needsNewDocument(to, '/compare')).toBe(true);
      expect(needsNewDocument(to, `${to}#claims`)).toBe(false);
    }
  });

  it('keeps client-side navigation between unisolated routes', () => {
    expect(needsNewDocument('/', '/compare')).toBe(false);
    for (const to of plain) expect(needsNewDocument('/compare', to)).toBe(false);
  });
});
