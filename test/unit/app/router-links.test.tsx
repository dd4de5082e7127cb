import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Link, navigate } from '../../../src/app/router';

afterEach(() => vi.restoreAllMocks());

describe('Link', () => {
  it('many links share one pair of window listeners, and all follow a navigation', () => {
    const added = vi.spyOn(window, 'addEventListener');
    const paths = Array.from({ length: 50 }, (_, i) => `/page-${i}`);
    const { unmount } = render(
      <nav>
        {paths.map((to) => (
          <Link key={to} to={to}>
            {to}
          </Link>
        ))}
      </nav>,
    );
    const routing = added.mock.calls.filter(([type]) => type === 'popstate');
    expect(routing).toHaveLength(1);
    act(() => navigate('/page-7'));
    expect(screen.getByRole('link', { name: '/page-7' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: '/page-8' })).not.toHaveAttribute('aria-current');
    const removed = vi.spyOn(window, 'removeEventListener');
    unmount();
    expect(removed.mock.calls.filter(([type]) => type === 'popstate')).toHaveLength(1);
  });
});
