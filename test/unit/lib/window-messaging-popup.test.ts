import { describe, expect, it, vi } from 'vitest';
import {
  featureString,
  openPopup,
  type PopupFeatures,
} from '../../../src/lib/window-messaging/popup';

const features: PopupFeatures = {
  width: 400,
  height: 500,
  left: 10,
  top: 20,
  noopener: false,
  noreferrer: false,
};

describe('openPopup', () => {
  it('passes name and features, and returns the handle', () => {
    const handle = {} as Window;
    const open = vi.spyOn(window, 'open').mockReturnValue(handle);
    expect(openPopup('/peer/window-open', 'board', features)).toEqual({
      kind: 'opened',
      window: handle,
    });
    expect(open).toHaveBeenCalledWith(
      '/peer/window-open',
      'board',
      'popup,width=400,height=500,left=10,top=20',
    );
  });

  it('reports a blocked popup when window.open returns null', () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    expect(openPopup('/x', 'a', features)).toEqual({ kind: 'blocked' });
  });

  it('does not call a noopener null "blocked": it is what the spec returns', () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    expect(openPopup('/x', 'a', { ...features, noopener: true })).toEqual({ kind: 'no-handle' });
    expect(openPopup('/x', 'a', { ...features, noreferrer: true })).toEqual({ kind: 'no-handle' });
    expect(featureString({ ...features, noopener: true, noreferrer: true })).toContain(
      'noopener,noreferrer',
    );
  });

  it('turns a throw into an error result, marked as the browser’s words', () => {
    vi.spyOn(window, 'open').mockImplementation(() => {
      throw new DOMException('bad url', 'SyntaxError');
    });
    expect(openPopup('http://[', 'a', features)).toEqual({
      kind: 'error',
      error: { name: 'SyntaxError', message: 'bad url', browser: true },
    });
  });
});

describe('featureString', () => {
  it('places the popup where asked', () => {
    expect(featureString({ ...features, left: 1300, top: 40 })).toBe(
      'popup,width=400,height=500,left=1300,top=40',
    );
  });
});
