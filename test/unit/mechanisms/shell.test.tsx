import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/app/app';
import { TransportFactoryContext } from '../../../src/hooks/use-transport-factory';
import { translate } from '../../../src/i18n/dictionary';
import { createMemoryHub, createMemoryTransport } from '../../../src/lib/memory-transport';
import { mechanisms } from '../../../src/mechanisms/registry';

// The shell from the registry's point of view: whatever is registered gets a page that loads with
// its send form, a link in the navigation and a row in the comparison table. A new mechanism is
// checked here without a line of this file changing.
const cases = mechanisms.map((m) => [m.meta.id, m] as const);

function renderAt(path: string) {
  window.history.replaceState(null, '', path);
  const hub = createMemoryHub();
  return render(
    <TransportFactoryContext value={(options) => createMemoryTransport({ ...options, hub })}>
      <App />
    </TransportFactoryContext>,
  );
}

describe('every registered mechanism', () => {
  it.each(cases)('%s: its page loads, titled, with a send form', async (id, mechanism) => {
    const { unmount } = renderAt(`/m/${id}`);
    const title = translate('en', mechanism.meta.titleKey);
    expect(
      await screen.findByRole('heading', { level: 1, name: title }, { timeout: 8000 }),
    ).toBeVisible();
    expect(await screen.findAllByRole('textbox', { name: 'Message' })).not.toHaveLength(0);
    expect(screen.getAllByRole('button', { name: 'Send' })).not.toHaveLength(0);
    expect(document.title).toContain(title);
    unmount();
  });

  it.each(cases)(
    '%s: a link in the navigation and a row in the comparison table',
    async (id, mechanism) => {
      const { unmount } = renderAt('/compare');
      const title = translate('en', mechanism.meta.titleKey);
      const nav = screen.getByRole('navigation', { name: 'Mechanisms' });
      expect(within(nav).getByRole('link', { name: title })).toHaveAttribute('href', `/m/${id}`);
      const table = await screen.findByRole(
        'table',
        { name: /Comparison table|Traits of each mechanism/ },
        { timeout: 8000 },
      );
      // The gotcha is a sentence: off in the projector's default view, one tick in "Columns to show".
      fireEvent.click(screen.getByText('Columns to show'));
      fireEvent.click(screen.getByRole('checkbox', { name: 'The gotcha' }));
      // Escaped: a title may hold regex characters ("Worker + MessageChannel").
      const name = new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      const row = within(table).getByRole('rowheader', { name }).closest('tr');
      // Its trait texts load with the page (traits.ts): words in the cell, never the key.
      const gotcha = mechanism.meta.traits.gotchaKey;
      expect(translate('en', gotcha)).not.toBe(gotcha);
      expect(row?.querySelector('[data-trait="gotchaKey"]')).toHaveTextContent(
        translate('en', gotcha),
      );
      unmount();
    },
  );
});
