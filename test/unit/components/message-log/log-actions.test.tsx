import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LogPanel } from '../../../../src/components/message-log/log-panel';
import { useAppStore } from '../../../../src/store';
import { resetLog } from './log-fixtures';

const titles = { 'broadcast-channel': 'BroadcastChannel' };

/** A window as wide as `width`: matchMedia answers the shell's min-/max-width queries from it. */
function windowOf(width: number) {
  vi.stubGlobal('matchMedia', (query: string) => {
    const min = /min-width:\s*([\d.]+)px/.exec(query);
    const max = /max-width:\s*([\d.]+)px/.exec(query);
    const matches = (!min || width >= Number(min[1])) && (!max || width <= Number(max[1]));
    return {
      matches,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    };
  });
}

const bar = () => screen.queryByRole('group', { name: 'Log actions' });
const tools = () => screen.getByRole('toolbar', { name: 'Log tools' });

describe("the log's actions", () => {
  beforeEach(resetLog);
  afterEach(() => {
    vi.unstubAllGlobals();
    act(() => {
      useAppStore.getState().setPresenter(false);
      useAppStore.getState().setLogPlace('below');
    });
  });

  it("sit in the dock's bar on a wide page with the log below it, and work from there", async () => {
    windowOf(1280);
    const user = userEvent.setup();
    render(<LogPanel titles={titles} />);
    const group = bar();
    expect(group).not.toBeNull();
    for (const name of ['Pause', 'Clear log', 'Export JSON'])
      expect(within(group!).getByRole('button', { name })).toBeInTheDocument();
    expect(within(group!).getByLabelText('Import logs…')).toBeInTheDocument();
    // Not twice: the tools keep the filters and the count only.
    expect(within(tools()).queryByRole('button', { name: 'Pause' })).toBeNull();
    expect(tools()).toHaveTextContent('0 of 0 entries');
    await user.click(within(group!).getByRole('button', { name: 'Pause' }));
    expect(useAppStore.getState().log.paused).toBe(true);
    expect(within(group!).getByRole('button', { name: 'Resume' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('stay with the tools in a narrow window, in presenter mode and with the log beside', () => {
    windowOf(640);
    const { unmount } = render(<LogPanel titles={titles} />);
    expect(bar()).toBeNull();
    expect(within(tools()).getByRole('button', { name: 'Clear log' })).toBeInTheDocument();
    unmount();

    windowOf(1280);
    act(() => useAppStore.getState().setPresenter(true));
    render(<LogPanel titles={titles} />);
    expect(bar()).toBeNull();
    expect(within(tools()).getByRole('button', { name: 'Clear log' })).toBeInTheDocument();
    act(() => useAppStore.getState().setPresenter(false));
    expect(bar()).not.toBeNull();
    act(() => useAppStore.getState().setLogPlace('beside'));
    expect(bar()).toBeNull();
    expect(within(tools()).getByRole('button', { name: 'Export JSON' })).toBeInTheDocument();
  });
});
