import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ClaimsSection } from '../../../src/components/claims-section';
import { loadDictionary } from '../../../src/i18n/dictionary';
import type { Claim } from '../../../src/lib/claim-types';
import { mechanisms } from '../../../src/mechanisms/registry';
import { useAppStore } from '../../../src/store';

describe('ClaimsSection', () => {
  it.each(mechanisms.map((m) => [m.meta.id, m] as const))(
    "draws %s's claims from the Mechanism object",
    async (_id, mechanism) => {
      const { claims } = await mechanism.claims();
      render(<ClaimsSection entry={mechanism.claims} />);
      // The section is there at once (a #what-to-notice link lands on it), its points follow.
      const section = screen.getByRole('region', { name: 'What to notice' });
      expect(section).toHaveAttribute('id', 'what-to-notice');
      expect(await within(section).findAllByRole('listitem')).toHaveLength(claims.length);
    },
  );

  it('says so when the list cannot be loaded', async () => {
    render(<ClaimsSection entry={() => Promise.reject(new Error('chunk gone'))} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('What this page teaches could not be loaded. Try again');
    // The error's words are folded below the sentence, not part of it.
    expect(alert.parentElement?.querySelector('details')).toHaveTextContent('chunk gone');
  });

  // Issue 12: a chunk that failed to load showed the browser's English unmarked in a Chinese page,
  // its URL running past the box, and no way but a reload to ask again.
  describe('when its chunk fails to load (zh-CN)', () => {
    beforeAll(() => loadDictionary('zh-CN'));
    afterEach(() => act(() => void useAppStore.getState().setLang('en')));
    const url = 'http://127.0.0.1:4173/assets/claims-Bq3xYz12.js';
    const words = `Failed to fetch dynamically imported module: ${url}`;
    const claims: Claim[] = [
      { text: 'claims.tested', proof: [{ kind: 'source', url: 'https://x.test', label: 'X' }] },
    ];

    it('marks the browser’s words as the browser’s and loads again on “Try again”', async () => {
      await act(() => useAppStore.getState().setLang('zh-CN'));
      const entry = vi
        .fn<() => Promise<{ claims: readonly Claim[] }>>()
        .mockRejectedValueOnce(new TypeError(words))
        .mockResolvedValueOnce({ claims });
      render(<ClaimsSection entry={entry} />);
      const alert = await screen.findByRole('alert');
      // A plain sentence, and the browser's words folded below it, marked as the browser's.
      expect(alert).toHaveTextContent('本页要点无法加载（服务器没有发来它的代码）。 重试');
      expect(alert).not.toHaveTextContent(words);
      const said = alert.parentElement!.querySelector('details [data-said="browser"] [lang="en"]');
      expect(said).toHaveAttribute('translate', 'no');
      expect(said).toHaveTextContent(words);
      await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
      expect(entry).toHaveBeenCalledTimes(2);
      expect(await screen.findAllByRole('listitem')).toHaveLength(1);
      expect(screen.queryByRole('alert')).toBeNull();
    });
  });
});
