import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import {
  ALL_COLUMNS,
  ComparisonTable,
  TRAIT_COLUMNS,
  type Sort,
} from '../../../src/components/comparison-table';
import type { RaceResult } from '../../../src/lib/race-types';
import { summarize } from '../../../src/lib/stats';
import { mechanisms } from '../../../src/mechanisms/registry';
import { oneKiB, raceResult } from '../helpers/race-result';

const metas = mechanisms.map((m) => m.meta);

function result(id: string, median: number, extra: Partial<RaceResult> = {}): RaceResult {
  return raceResult(id, {
    sizes: [oneKiB(summarize([median, median, median * 2]), 3, 1)],
    throughput: { perSecond: 1000 / median, sent: 10, received: 10, lost: 0 },
    largestBytes: 1024,
    ...extra,
  });
}

function Sortable({ results }: { results: Record<string, RaceResult> }) {
  const [sort, setSort] = useState<Sort | undefined>();
  return (
    <ComparisonTable
      metas={metas}
      renderName={(meta) => meta.id}
      results={results}
      columns={ALL_COLUMNS}
      sort={sort}
      onSort={(column) =>
        setSort((s) => ({
          column,
          direction:
            s?.column === column && s.direction === 'ascending' ? 'descending' : 'ascending',
        }))
      }
    />
  );
}

describe('ComparisonTable', () => {
  it('renders one row per mechanism and every trait from its metadata', () => {
    render(<ComparisonTable metas={metas} renderName={(meta) => meta.id} />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(metas.length);
    for (const row of rows)
      expect(within(row).getAllByRole('cell')).toHaveLength(TRAIT_COLUMNS.length);
    const sse = rows.find((row) => row.getAttribute('data-mechanism') === 'server-sent-events');
    expect(sse?.querySelector('[data-trait="direction"]')).toHaveTextContent(
      'server to client only',
    );
    const bc = rows.find((row) => row.getAttribute('data-mechanism') === 'broadcast-channel');
    expect(bc?.querySelector('[data-trait="reachesSender"]')).toHaveTextContent('○ no');
  });

  it('draws a word trait short, keeps the whole word for screen readers', () => {
    render(<ComparisonTable metas={metas} renderName={(meta) => meta.id} />);
    const trait = (id: string, column: string) =>
      document.querySelector(`tr[data-mechanism="${id}"] td[data-trait="${column}"]`);
    const sse = trait('server-sent-events', 'direction');
    expect(sse?.querySelector('[aria-hidden="true"]')).toHaveTextContent(/^server →$/);
    expect(sse?.querySelector('.visually-hidden')).toHaveTextContent('server to client only');
    const bc = trait('broadcast-channel', 'payload');
    expect(bc?.querySelector('[aria-hidden="true"]')).toHaveTextContent(/^clone$/);
    expect(bc?.querySelector('.visually-hidden')).toHaveTextContent(
      'structured clone (Date, Map, Blob…)',
    );
    // Nothing to reconnect: the mark and "n/a" drawn, the sentence for screen readers.
    const reconnect = trait('broadcast-channel', 'autoReconnect');
    expect(reconnect?.querySelector('[aria-hidden="true"]')).toHaveTextContent(/^— n\/a$/);
    expect(reconnect?.querySelector('.visually-hidden')).toHaveTextContent('nothing to reconnect');
  });

  it('shows measured figures, a reason where a mechanism cannot run, and "not measured" elsewhere', () => {
    const results = {
      'broadcast-channel': result('broadcast-channel', 0.5),
      websocket: result('websocket', 2, {
        status: 'skipped',
        reason: 'the server is not reachable',
        sizes: [],
      }),
    };
    render(
      <ComparisonTable
        metas={metas}
        renderName={(m) => m.id}
        results={results}
        columns={ALL_COLUMNS}
      />,
    );
    const cell = (id: string) =>
      document.querySelector(`tr[data-mechanism="${id}"] td[data-measured="roundTrip"]`);
    expect(cell('broadcast-channel')).toHaveTextContent('median 0.50 · p95 1.00 · 0 lost');
    expect(cell('websocket')).toHaveTextContent('cannot run here: the server is not reachable');
    // Said once, across the three measured columns, not in each of them.
    expect(cell('websocket')).toHaveAttribute('colspan', '3');
    expect(
      document.querySelectorAll('tr[data-mechanism="websocket"] td[data-measured]'),
    ).toHaveLength(1);
    expect(cell('storage-event')).toHaveTextContent('not measured yet');
  });

  it('before the race shows a dash in each measured cell and says why once, in the legend', () => {
    const { rerender } = render(
      <ComparisonTable
        metas={metas}
        renderName={(m) => m.id}
        results={{ 'broadcast-channel': result('broadcast-channel', 0.5) }}
        columns={ALL_COLUMNS}
      />,
    );
    const cell = document.querySelector(
      'tr[data-mechanism="storage-event"] td[data-measured="throughput"]',
    );
    // What is drawn is the dash; the reason stays in the cell for a screen reader.
    expect(cell?.querySelector('[aria-hidden="true"]')).toHaveTextContent(/^—$/);
    expect(cell?.querySelector('.visually-hidden')).toHaveTextContent(
      'not measured yet: run the race',
    );
    expect(document.querySelector('.compare-legend')).toHaveTextContent(
      '— not measured yet: run the race',
    );
    // Without measured columns there is nothing to explain.
    rerender(<ComparisonTable metas={metas} renderName={(m) => m.id} />);
    expect(document.querySelector('.compare-legend')).not.toHaveTextContent('measured');
  });

  it('sorts by a measured column, fastest first, and says so with aria-sort', async () => {
    const user = userEvent.setup();
    const results = {
      'storage-event': result('storage-event', 0.2),
      'broadcast-channel': result('broadcast-channel', 3),
      'service-worker': result('service-worker', 1),
    };
    render(<Sortable results={results} />);
    await user.click(screen.getByRole('button', { name: /Round trip, 1 KiB/ }));
    const order = screen
      .getAllByRole('row')
      .slice(1, 4)
      .map((row) => row.getAttribute('data-mechanism'));
    expect(order).toEqual(['storage-event', 'service-worker', 'broadcast-channel']);
    expect(screen.getByRole('columnheader', { name: /Round trip/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });
});
