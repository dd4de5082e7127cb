import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import '../../../../src/mechanisms/window-open/i18n';
import {
  defaultRequest,
  OpenPanel,
  type OpenRequest,
} from '../../../../src/mechanisms/window-open/open-panel';

describe('OpenPanel', () => {
  it('opens beside this window when Left and Top are empty', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn<(request: OpenRequest) => void>();
    render(<OpenPanel onOpen={onOpen} count={0} />);
    await user.click(screen.getByRole('button', { name: 'Open popup' }));
    const { features, name } = onOpen.mock.calls[0]![0];
    expect(name).toBe('comms-lab-popup-1');
    expect(features.left).toBe(window.screenX + window.outerWidth);
    expect(features.top).toBe(window.screenY);
  });

  it('uses the Left and Top the user typed', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn<(request: OpenRequest) => void>();
    render(<OpenPanel onOpen={onOpen} count={2} />);
    await user.type(screen.getByRole('spinbutton', { name: /Left/ }), '40');
    await user.type(screen.getByRole('spinbutton', { name: /Top/ }), '120');
    await user.click(screen.getByRole('button', { name: 'Open popup' }));
    expect(onOpen.mock.calls[0]![0].features).toMatchObject({ left: 40, top: 120 });
  });

  it('opens the next popup with the defaults from the shortcut beside Send', () => {
    // The third popup: numbered on, and tiled 32 px further than the one before.
    const request = defaultRequest(2);
    expect(request).toMatchObject({
      name: 'comms-lab-popup-3',
      sendAtOnce: null,
      features: { width: 420, height: 560, noopener: false, noreferrer: false },
    });
    expect(request.features.left).toBe(window.screenX + window.outerWidth + 64);
    expect(request.features.top).toBe(window.screenY + 64);
  });
});
