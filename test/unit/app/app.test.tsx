import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/app/app';
import { mechanisms } from '../../../src/mechanisms/registry';
import { useAppStore } from '../../../src/store';

describe('the app shell', () => {
  it('shows the tab identity, the nav from the registry, and the overview cards', async () => {
    window.history.replaceState(null, '', '/');
    render(<App />);
    const identity = screen.getByRole('group', { name: 'Tab identity' });
    expect(identity).toHaveTextContent(/This tab: ?[A-Z][a-z]+ [A-Z][a-z]+/);
    const nav = screen.getByRole('navigation', { name: 'Mechanisms' });
    expect(within(nav).getByRole('link', { name: 'BroadcastChannel' })).toHaveAttribute(
      'href',
      '/m/broadcast-channel',
    );
    expect(within(nav).getByRole('link', { name: 'Storage event' })).toHaveAttribute(
      'href',
      '/m/storage-event',
    );
    expect((await screen.findByRole('list', { name: 'Mechanisms' })).children).toHaveLength(
      mechanisms.length,
    );
    expect(screen.getByRole('log', { name: 'Message log' })).toBeInTheDocument();
  });

  it('switches language from the header, and the choice persists', async () => {
    window.history.replaceState(null, '', '/');
    const user = userEvent.setup();
    render(<App />);
    // The header's tools load beside the first paint.
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Language' }), '简体中文');
    expect(await screen.findByRole('link', { name: '总览' })).toBeInTheDocument();
    expect(screen.getByRole('log', { name: '消息日志' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(localStorage.getItem('comms-lab:lang')).toBe('zh-CN');
    await user.selectOptions(screen.getByRole('combobox', { name: '语言' }), 'English');
    expect(await screen.findByRole('link', { name: 'Overview' })).toBeInTheDocument();
  });

  it('toggles presenter mode', async () => {
    const user = userEvent.setup();
    render(<App />);
    const button = await screen.findByRole('button', { name: 'Presenter mode' });
    await user.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement).toHaveClass('presenter');
    expect(useAppStore.getState().settings.presenter).toBe(true);
    await user.click(button);
    expect(document.documentElement).not.toHaveClass('presenter');
  });

  it('shows a not-found page for unknown paths', async () => {
    window.history.replaceState(null, '', '/no/such/page');
    render(<App />);
    // The page loads when a wrong address is first opened (app.tsx).
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no page at /no/such/page.')).toBeInTheDocument();
  });
});
