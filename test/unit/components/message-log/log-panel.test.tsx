import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ComparisonTable } from '../../../../src/components/comparison-table';
import { LogPanel } from '../../../../src/components/message-log/log-panel';
import { useAppStore } from '../../../../src/store';
import { peerA } from '../../helpers';
import { add, received, resetLog } from './log-fixtures';

const titles = { 'broadcast-channel': 'BroadcastChannel', 'storage-event': 'Storage event' };

describe('the message log', () => {
  beforeEach(resetLog);

  it('shows entries with direction, mechanism, peers, latency, and payloads as text', () => {
    render(<LogPanel titles={titles} />);
    add(received('<img src=x onerror=alert(1)>'));
    const log = screen.getByRole('log', { name: 'Message log' });
    const row = within(log).getByRole('button', { name: /received/ });
    expect(row).toHaveAttribute('data-direction', 'received');
    expect(row).toHaveAttribute('data-mechanism', 'broadcast-channel');
    expect(row).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(row).toHaveTextContent('1.3 ms');
    expect(log.querySelector('img')).toBeNull();
  });

  it("keeps a sender's tag apart, which a narrow list shows with its colour mark", () => {
    render(<LogPanel titles={titles} />);
    add({ ...received('tagged'), from: { ...peerA, name: 'Red Fox 3fa9' } }, received('plain'));
    const rows = within(screen.getByRole('log')).getAllByRole('button', { name: /received/ });
    const row = (text: string) => rows.find((r) => r.textContent?.includes(text));
    expect(row('tagged')?.querySelector('.log-row__tag')).toHaveTextContent('3fa9');
    expect(row('tagged')?.querySelector('.log-row__route')).toHaveTextContent(
      'Red Fox 3fa9 → Blue Whale',
    );
    expect(row('plain')?.querySelector('.log-row__tag')).toBeNull();
    expect(row('plain')?.querySelector('.log-row__name--untagged')).toHaveTextContent('Red Fox');
    // The row says so, for its two-line narrow layout (log-columns.css); a tagged sender's does not.
    expect(row('plain')).toHaveClass('log-row--untagged');
    expect(row('tagged')).not.toHaveClass('log-row--untagged');
  });

  it("on a mechanism's page names the mechanism only in rows another page wrote", () => {
    render(<LogPanel titles={titles} own="storage-event" />);
    add(received('from here', 'storage-event'), received('from elsewhere'));
    const rows = within(screen.getByRole('log')).getAllByRole('button', { name: /received/ });
    const row = (text: string) => rows.find((r) => r.textContent?.includes(text));
    expect(row('from elsewhere')?.querySelector('.log-row__summary')).toHaveTextContent(
      /^BroadcastChannel/,
    );
    expect(row('from here')?.querySelector('.log-row__summary')).not.toHaveTextContent(
      'Storage event',
    );
    expect(screen.getByRole('log')).toHaveAttribute('data-page', 'mechanism');
  });

  it('expands an entry to show the payload, the envelope and the latency', async () => {
    const user = userEvent.setup();
    render(<LogPanel titles={titles} />);
    add(received('hello'));
    const row = within(screen.getByRole('log')).getByRole('button', { name: /received/ });
    await user.click(row);
    expect(row).toHaveAttribute('aria-expanded', 'true');
    // The details load with the first entry opened.
    const detail = await screen.findByRole('region', { name: 'Entry details' });
    expect(within(detail).getByText('1.25 ms')).toBeInTheDocument();
    expect(within(detail).getByText(/"seq": 1/)).toBeInTheDocument();
    // The sender's kind and id are the envelope's values: shown as code, not for translation.
    const from = within(detail).getByText(/^\{ kind: 'tab', id: 'tab-/);
    expect(from.tagName).toBe('CODE');
    expect(from).toHaveAttribute('translate', 'no');
  });

  it('says an error’s name once, before its message', () => {
    render(<LogPanel titles={titles} />);
    const summary = 'DataCloneError: function could not be cloned';
    add({
      at: Date.now(),
      mechanism: 'broadcast-channel',
      direction: 'error',
      from: peerA,
      summary,
      reason: 'DataCloneError',
    });
    const row = within(screen.getByRole('log')).getByRole('button', { name: /error/i });
    expect(row.querySelector('.log-row__summary')).toHaveTextContent(summary, {
      normalizeWhitespace: true,
    });
    expect(row.textContent?.split('DataCloneError')).toHaveLength(2);
  });

  it('closes an opened entry with Esc, and moves between rows with the arrow keys', async () => {
    const user = userEvent.setup();
    render(<LogPanel titles={titles} />);
    add(received('first'), received('second'));
    const [first, second] = within(screen.getByRole('log')).getAllByRole('button');
    await user.click(first!);
    expect(await screen.findByRole('region', { name: 'Entry details' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(first).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('region', { name: 'Entry details' })).toBeNull();
    expect(first).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(second).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(first).toHaveFocus();
  });

  it('filters by mechanism, direction and text', async () => {
    const user = userEvent.setup();
    render(<LogPanel titles={titles} />);
    add(received('from the channel'), received('from storage', 'storage-event'), {
      at: 1,
      mechanism: 'storage-event',
      direction: 'error',
      summary: 'QuotaExceededError: full',
    });
    const log = screen.getByRole('log');
    expect(within(log).getAllByRole('button')).toHaveLength(3);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Mechanism' }), 'Storage event');
    expect(within(log).getAllByRole('button')).toHaveLength(2);
    await user.click(screen.getByRole('checkbox', { name: /error/ }));
    expect(within(log).getAllByRole('button')).toHaveLength(1);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Mechanism' }), 'All mechanisms');
    await user.type(screen.getByRole('searchbox', { name: 'Filter text' }), 'CHANNEL');
    expect(within(log).getByRole('button')).toHaveTextContent('from the channel');
    expect(screen.getByRole('toolbar', { name: 'Log tools' })).toHaveTextContent('1 of 3 entries');
  });

  it('pauses, holding new entries until resumed, and clears', async () => {
    const user = userEvent.setup();
    render(<LogPanel titles={titles} />);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    add(received('while paused')); // appends and runs the frame
    expect(screen.getByText(/1 waiting while paused/)).toBeInTheDocument();
    expect(within(screen.getByRole('log')).queryAllByRole('button')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    expect(within(screen.getByRole('log')).getByRole('button')).toHaveTextContent('while paused');
    await user.click(screen.getByRole('button', { name: 'Clear log' }));
    expect(within(screen.getByRole('log')).queryAllByRole('button')).toHaveLength(0);
  });

  it('renders only the rows in view, even with thousands of entries', () => {
    render(<LogPanel titles={titles} />);
    add(...Array.from({ length: 5000 }, (_, i) => received(`m${i}`)));
    // jsdom has no layout, so this checks the windowing only; e2e checks the newest row is in view.
    const rows = within(screen.getByRole('log')).getAllByRole('button');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(40);
    expect(screen.getByRole('toolbar', { name: 'Log tools' })).toHaveTextContent(
      '5000 of 5000 entries',
    );
    // A flood redraws the rows it has (row-slots.ts): the same elements, now showing newer entries.
    add(...Array.from({ length: 500 }, (_, i) => received(`n${i}`)));
    const after = within(screen.getByRole('log')).getAllByRole('button');
    expect(after).toHaveLength(rows.length);
    after.forEach((row, i) => expect(row).toBe(rows[i]));
    expect(after.at(-1)).toHaveTextContent('n499');
  });

  it('exports the log as JSON with special values tagged', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:export';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(<LogPanel titles={titles} />);
    add({ ...received('map'), payload: new Map([['a', 1]]) });
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    // The writer loads on the first export (use-log-files.ts).
    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]!);
    });
    const exported = JSON.parse(text);
    expect(exported).toMatchObject({
      format: 'comms-lab-log',
      version: 1,
      entries: [{ payload: { $type: 'Map', entries: [['a', 1]] } }],
    });
  });

  it('is as tall as its rows in presenter mode, three at most, and takes its share for an opened entry', async () => {
    const user = userEvent.setup();
    act(() => useAppStore.getState().setPresenter(true));
    try {
      // /compare's table box is the one reader of the fit outside the log (comparison-table.css).
      const { container } = render(
        <>
          <ComparisonTable metas={[]} renderName={() => null} />
          <LogPanel titles={titles} />
        </>,
      );
      const body = container.querySelector('.log-dock__body');
      const table = container.querySelector<HTMLElement>('.compare-wrap')!;
      const content = container.querySelector<HTMLElement>('.log-dock__content')!;
      // On the list's box alone, never on the root: a change there restyles every element.
      const fit = () => content.style.height;
      const onRoot = () => document.documentElement.style.getPropertyValue('--log-fit');
      expect(body).toHaveAttribute('data-fit', 'true');
      expect(fit()).toBe('80px');
      add(received('one'));
      expect(fit()).toBe('60px');
      add(received('two'), received('three'), received('four'), received('five'));
      expect(fit()).toBe('180px');
      expect(onRoot()).toBe('');
      expect(table.style.getPropertyValue('--log-fit')).toBe('180px');
      await user.click(within(screen.getByRole('log')).getAllByRole('button')[0]!);
      expect(body).not.toHaveAttribute('data-fit');
      expect(fit()).toBe('');
      expect(table.style.getPropertyValue('--log-fit')).toBe('');
    } finally {
      act(() => useAppStore.getState().setPresenter(false));
    }
  });
});
