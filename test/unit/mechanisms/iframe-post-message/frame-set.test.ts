import { describe, expect, it } from 'vitest';
import { FRAME_KEYS, frameSet } from '../../../../src/mechanisms/iframe-post-message/frame-set';

const origins = {
  app: 'http://localhost:4173',
  foreign: 'http://localhost:4174',
  otherHost: 'http://127.0.0.1:4174',
  suffix: 'http://evil.localhost:4174',
};

// Each frame is told the parent's presenter mode in its address: the cross-origin frame's storage
// is its own and the sandboxed frame has none, so neither could read the parent's setting.
describe('frame addresses', () => {
  it.each([
    [true, 'on'],
    [false, 'off'],
  ])('carry presenter mode %s to every frame, the sandboxed one too', (presenter, word) => {
    const { src } = frameSet(
      origins,
      { lang: 'zh-CN', presenter, theme: 'system' },
      false,
      'opaque',
    );
    for (const key of FRAME_KEYS) {
      const url = new URL(src[key] ?? '');
      expect(url.searchParams.get('presenter'), key).toBe(word);
      expect(url.searchParams.get('lang'), key).toBe('zh-CN');
    }
  });

  it('gives a frame a new address when presenter mode changes, so it loads in the new look', () => {
    const off = frameSet(
      origins,
      { lang: 'en', presenter: false, theme: 'system' },
      false,
      null,
    ).src;
    const on = frameSet(origins, { lang: 'en', presenter: true, theme: 'system' }, false, null).src;
    expect(on.sandboxed).not.toBe(off.sandboxed);
    expect(on.cross).not.toBe(off.cross);
  });

  // The theme the same way: the sandboxed frame stayed light in a page the teacher made dark.
  it.each(['light', 'dark', 'system'] as const)(
    'carry the theme "%s" to every frame, and a new address when it changes',
    (theme) => {
      const look = { lang: 'en', presenter: false, theme };
      const { src } = frameSet(origins, look, true, 'opaque');
      for (const key of FRAME_KEYS)
        expect(new URL(src[key] ?? '').searchParams.get('theme'), key).toBe(theme);
      const other = theme === 'dark' ? 'light' : 'dark';
      const changed = frameSet(origins, { ...look, theme: other }, true, 'opaque').src;
      for (const key of FRAME_KEYS) expect(changed[key], key).not.toBe(src[key]);
    },
  );
});
