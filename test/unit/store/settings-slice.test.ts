import { afterEach, describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/store';

const KEY = 'comms-lab:presenter';

afterEach(() => {
  window.history.replaceState(null, '', '/');
  localStorage.clear();
});

// A frame is told presenter mode in its address (its storage may be another origin's, or none);
// elsewhere the remembered choice holds.
describe('presenter mode setting', () => {
  it('follows ?presenter=on over the remembered choice, without remembering it', () => {
    localStorage.setItem(KEY, 'off');
    window.history.replaceState(null, '', '/peer/frame?presenter=on');
    expect(createAppStore().getState().settings.presenter).toBe(true);
    expect(localStorage.getItem(KEY)).toBe('off');
  });

  it('follows ?presenter=off over a remembered "on"', () => {
    localStorage.setItem(KEY, 'on');
    window.history.replaceState(null, '', '/peer/frame?presenter=off');
    expect(createAppStore().getState().settings.presenter).toBe(false);
  });

  it('reads the remembered choice when the address says nothing (or nonsense)', () => {
    localStorage.setItem(KEY, 'on');
    window.history.replaceState(null, '', '/?presenter=maybe');
    expect(createAppStore().getState().settings.presenter).toBe(true);
    localStorage.setItem(KEY, 'off');
    expect(createAppStore().getState().settings.presenter).toBe(false);
  });
});

// The theme travels the same way: the sandboxed frame has no storage, the cross-origin one its own.
describe('theme setting', () => {
  const THEME = 'comms-lab:theme';

  it('follows ?theme=dark over the remembered choice, without remembering it', () => {
    localStorage.setItem(THEME, 'light');
    window.history.replaceState(null, '', '/peer/frame?theme=dark');
    expect(createAppStore().getState().settings.theme).toBe('dark');
    expect(localStorage.getItem(THEME)).toBe('light');
  });

  it('follows ?theme=system over a theme this origin remembered', () => {
    localStorage.setItem(THEME, 'dark');
    window.history.replaceState(null, '', '/peer/frame?theme=system');
    expect(createAppStore().getState().settings.theme).toBe('system');
  });

  it('reads the remembered choice when the address says nothing (or nonsense)', () => {
    localStorage.setItem(THEME, 'dark');
    window.history.replaceState(null, '', '/?theme=purple');
    expect(createAppStore().getState().settings.theme).toBe('dark');
  });
});
