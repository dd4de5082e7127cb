import { describe, expect, it } from 'vitest';
import { liveCheck, thisBrowser } from '../../../src/lib/compat-live';
import { combineSupport, compareVersions } from '../../../src/lib/compat-summary';
import type { CompatEntry, CompatSupport } from '../../../src/lib/compat-types';

class FakeChannel {
  postMessage() {}
  onmessageerror = null;
}
const scope = {
  BroadcastChannel: FakeChannel,
  Window: class {},
  postMessage: () => undefined,
  onstorage: null,
  Atomics: { waitAsync: () => undefined },
};

describe('liveCheck', () => {
  it('checks interfaces, members, event handlers and constructors against the globals', () => {
    expect(liveCheck('api.BroadcastChannel', scope)).toBe('yes');
    expect(liveCheck('api.BroadcastChannel.postMessage', scope)).toBe('yes');
    expect(liveCheck('api.BroadcastChannel.close', scope)).toBe('no');
    expect(liveCheck('api.BroadcastChannel.BroadcastChannel', scope)).toBe('yes');
    expect(liveCheck('api.Window.postMessage', scope)).toBe('yes');
    expect(liveCheck('api.Window.storage_event', scope)).toBe('yes');
    expect(liveCheck('api.SharedWorker', scope)).toBe('no');
    expect(liveCheck('javascript.builtins.Atomics.waitAsync', scope)).toBe('yes');
  });

  it('does not call a worker-only interface missing, nor pretend to check what script cannot', () => {
    expect(liveCheck('api.Clients.matchAll', scope)).toBe('workers-only');
    expect(liveCheck('http.headers.Cross-Origin-Embedder-Policy', scope)).toBe('not-checkable');
  });
});

describe('thisBrowser', () => {
  it('reads the name and major version from a user agent', () => {
    expect(
      thisBrowser('Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0'),
    ).toEqual({
      name: 'Firefox',
      version: '140',
    });
    expect(
      thisBrowser(
        'Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15',
      ),
    ).toEqual({ name: 'Safari', version: '18.2' });
    expect(thisBrowser('curl/8')).toBeUndefined();
  });
});

describe('combineSupport', () => {
  const entry = (chrome: CompatSupport): CompatEntry =>
    ({ key: 'k', support: { chrome } }) as unknown as CompatEntry;
  it('works where every feature does, since the latest version; the weakest decides', () => {
    const a = entry({ state: 'yes', since: '69', notes: [] });
    const b = entry({ state: 'yes', since: '54', notes: [] });
    const c = entry({ state: 'partial', since: '90', notes: [] });
    const d = entry({ state: 'no', notes: [] });
    expect(combineSupport([a, b], 'chrome')).toEqual({ state: 'yes', since: '69' });
    expect(combineSupport([a, c], 'chrome')).toEqual({ state: 'partial', since: '90' });
    expect(combineSupport([a, d], 'chrome')).toEqual({ state: 'no' });
    expect(combineSupport([], 'chrome')).toEqual({ state: 'unknown' });
  });
  it('compares versions by number', () => {
    expect(compareVersions('15.4', '15.10')).toBeLessThan(0);
    expect(compareVersions('≤37', '36')).toBeGreaterThan(0);
    expect(compareVersions('148', '54')).toBeGreaterThan(0);
  });
});
