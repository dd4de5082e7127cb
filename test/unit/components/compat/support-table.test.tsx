import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SupportSummary } from '../../../../src/components/compat/support-summary';
import { SupportTable } from '../../../../src/components/compat/support-table';
import { translate, type MessageKey, type Params } from '../../../../src/i18n/dictionary';
import '../../../../src/components/compat/compat-i18n';
import type { CompatData, CompatSupport } from '../../../../src/lib/compat-types';

const t = (key: MessageKey, params?: Params) => translate('en', key, params);
const yes = (since: string): CompatSupport => ({ state: 'yes', since, notes: [] });
const data: CompatData = {
  version: '8.1.9',
  entries: {
    'api.BroadcastChannel': {
      key: 'api.BroadcastChannel',
      mdn: 'https://developer.mozilla.org/docs/Web/API/BroadcastChannel',
      support: {
        chrome: yes('54'),
        firefox: yes('38'),
        safari: yes('15.4'),
        chrome_android: yes('54'),
        firefox_android: { state: 'no', flagOnly: true, notes: [] },
        safari_ios: { state: 'partial', since: '15.4', notes: ['Only in <iframe> & tabs.'] },
      },
    },
  },
};
const CHROME_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36';

describe('SupportTable', () => {
  it('shows each browser with its version, partial with its note, and the live check', () => {
    render(
      <SupportTable
        t={t}
        keys={['api.BroadcastChannel']}
        data={data}
        usable
        userAgent={CHROME_UA}
      />,
    );
    const table = screen.getByRole('table', { name: /browser-compat-data 8\.1\.9/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Feature',
      'Chrome',
      'Firefox',
      'Safari',
      'Chrome Android',
      'Firefox Android',
      'Safari iOS',
      'This browser (live)',
    ]);
    const row = within(table).getByRole('row', { name: /api\.BroadcastChannel/ });
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(0, 6)).toEqual([
      '✓ since 54',
      '✓ since 38',
      '✓ since 15.4',
      '✓ since 54',
      '✕ no (behind a flag)',
      '◐ partial, since 15.4 [note 1]',
    ]);
    // jsdom has no BroadcastChannel: the live column says what this environment really has.
    expect(cells[6]).toBe(`${'BroadcastChannel' in globalThis ? '✓ present' : '✕ missing'}`);
    expect(within(row).getByRole('link', { name: 'api.BroadcastChannel' })).toHaveAttribute(
      'href',
      'https://developer.mozilla.org/docs/Web/API/BroadcastChannel',
    );
    expect(screen.getByRole('listitem')).toHaveTextContent(
      'Safari iOS · api.BroadcastChannel: Only in <iframe> & tabs.',
    );
    expect(
      screen.getByText(/This browser: Chrome 141\. Its own check for this page: usable here\./),
    ).toBeInTheDocument();
  });
});

describe('SupportSummary', () => {
  it('gives one compact row per mechanism from the build-time extract', async () => {
    render(
      <SupportSummary
        rows={[
          {
            id: 'x',
            name: 'Broadcast',
            keys: ['api.BroadcastChannel', 'api.BroadcastChannel.postMessage'],
            usable: false,
          },
        ]}
      />,
    );
    const table = await screen.findByRole(
      'table',
      { name: /Where each mechanism works/ },
      { timeout: 10_000 },
    );
    const row = within(table).getByRole('row', { name: /Broadcast/ });
    expect(within(row).getAllByRole('cell')[2]).toHaveTextContent('✓ since 15.4');
    expect(within(row).getAllByRole('cell')[6]).toHaveTextContent('✕ not usable here');
  });
});
