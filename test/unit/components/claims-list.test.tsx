import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ClaimsList } from '../../../src/components/claims-list';
import { loadDictionary } from '../../../src/i18n/dictionary';
import type { Claim } from '../../../src/lib/claim-types';
import { useAppStore } from '../../../src/store';
import { claims as channelClaims } from '../../../src/mechanisms/broadcast-channel/claims';
import { claims } from '../../../src/mechanisms/storage-event/claims';

describe('ClaimsList', () => {
  it('shows each claim with a source link or the test that proves it', () => {
    render(<ClaimsList claims={claims} />);
    expect(screen.getByRole('heading', { name: 'What to notice' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(claims.length);

    const source = screen.getByRole('link', { name: 'source: MDN, Storage.setItem()' });
    expect(source).toHaveAttribute(
      'href',
      'https://developer.mozilla.org/en-US/docs/Web/API/Storage/setItem',
    );
    expect(source).toHaveAttribute('rel', 'noreferrer');

    const item = screen.getByText(/The window that writes gets no storage event/).closest('li')!;
    const tested = item.querySelector('summary')!;
    expect(tested).toHaveTextContent('tested in Chromium');
    // The disclosure holds the exact command that runs the proving test.
    expect(item).toHaveTextContent(
      'npx playwright test --no-deps test/e2e/storage-event.claims.spec.ts -g "a same-origin frame in the writing tab gets the storage event; the writing window does not"',
    );
    // A claim about browsers in general is tested in Firefox too, with its own command.
    const browsers = [...item.querySelectorAll('summary')].map((s) => s.textContent);
    expect(browsers).toEqual(['tested in Chromium', 'tested in Firefox']);
    expect(item).toHaveTextContent(
      'npx tsx test/firefox/run.ts --grep "Firefox: a same-origin frame in the writing tab gets the storage event; the writing window does not"',
    );
  });

  it('names each browser once, with every test of a claim under it', () => {
    // The sending tab's own copy is proven by two Chromium tests: the page drew "tested in
    // Chromium tested in Chromium" side by side (read as a slip on a projector).
    render(<ClaimsList claims={channelClaims} />);
    const item = screen
      .getByText(/The object that posts gets no copy of its message/)
      .closest('li')!;
    const browsers = [...item.querySelectorAll('summary')].map((s) => s.textContent);
    expect(browsers).toEqual(['tested in Chromium (2 tests)', 'tested in Firefox']);
    const chromium = item.querySelector('details')!;
    expect(chromium).toHaveTextContent(
      '-g "a second BroadcastChannel object in the sending tab receives the message"',
    );
    expect(chromium).toHaveTextContent(
      '-g "a message typed in A appears in B with a latency, and A gets no copy"',
    );
  });

  // Issue 12: "出处：WebSockets Standard (no reconnect)": the app's note stayed English in Chinese.
  describe('a source with a note', () => {
    const withNote: Claim[] = [
      {
        text: 'claims.tested',
        proof: [
          {
            kind: 'source',
            url: 'https://websockets.spec.whatwg.org/',
            label: 'WebSockets Standard',
            note: { en: 'no reconnect', 'zh-CN': '不会自动重连' },
          },
        ],
      },
    ];
    afterEach(() => act(() => void useAppStore.getState().setLang('en')));

    it('says the note after the title in English', () => {
      render(<ClaimsList claims={withNote} />);
      screen.getByRole('link', { name: 'source: WebSockets Standard (no reconnect)' });
    });

    it('keeps the title as published, marked English, and says the note in Chinese', async () => {
      await loadDictionary('zh-CN');
      await act(() => useAppStore.getState().setLang('zh-CN'));
      render(<ClaimsList claims={withNote} />);
      const link = screen.getByRole('link', { name: '出处：WebSockets Standard（不会自动重连）' });
      expect(link.querySelector('[lang="en"]')).toHaveTextContent(/^WebSockets Standard$/);
      expect(link).not.toHaveTextContent('no reconnect');
    });
  });
});
