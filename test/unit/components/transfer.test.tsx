import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TransferControls } from '../../../src/components/transfer/transfer-controls';
import { TransferResults } from '../../../src/components/transfer/transfer-results';

const labels = { size: 'Size', copy: 'Copy it', transfer: 'Transfer it' };

describe('TransferControls', () => {
  it('offers the sizes by name and sends the chosen one as a copy or a transfer', async () => {
    const user = userEvent.setup();
    const onBytes = vi.fn();
    const onSend = vi.fn();
    render(
      <TransferControls
        sizes={[1024, 1024 * 1024]}
        bytes={1024}
        onBytes={onBytes}
        onSend={onSend}
        labels={labels}
      >
        <span>extra choice</span>
      </TransferControls>,
    );
    const size = screen.getByRole('combobox', { name: 'Size' });
    expect(
      within(size)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['1.0 KiB', '1.00 MiB']);
    await user.selectOptions(size, '1048576');
    expect(onBytes).toHaveBeenCalledWith(1048576);
    await user.click(screen.getByRole('button', { name: 'Copy it' }));
    await user.click(screen.getByRole('button', { name: 'Transfer it' }));
    expect(onSend.mock.calls).toEqual([['copy'], ['transfer']]);
    expect(screen.getByText('extra choice')).toBeInTheDocument();
  });
});

describe('TransferResults', () => {
  it('is a labelled, focusable table whose cells carry their data and keep their headers', () => {
    type Row = { id: string; mode: 'copy' | 'transfer'; left: number };
    render(
      <TransferResults<Row>
        label="Buffers sent"
        empty="Nothing sent yet."
        rows={[
          { id: 'a', mode: 'transfer', left: 0 },
          { id: 'b', mode: 'copy', left: 2048 },
        ]}
        rowKey={(row) => row.id}
        columns={[
          { key: 'mode', header: 'How', cell: (row) => row.mode },
          {
            key: 'left',
            header: 'Left here',
            cell: (row) => (row.left === 0 ? 'detached' : `${row.left} B`),
            data: (row) => ({ 'data-left': row.left }),
          },
        ]}
      />,
    );
    const region = screen.getByRole('region', { name: 'Buffers sent' });
    expect(region).toHaveAttribute('tabindex', '0');
    const table = within(region).getByRole('table', { name: 'Buffers sent' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['How', 'Left here']);
    const [moved, copied] = within(table).getAllByRole('row').slice(1);
    expect(moved).toHaveAttribute('data-mode', 'transfer');
    expect(within(moved!).getAllByRole('cell')[1]).toHaveAttribute('data-left', '0');
    // The stacked layout's labels are for the eye only: the cell's name comes from its header.
    expect(within(copied!).getAllByRole('cell')[1]).toHaveTextContent('Left here2048 B');
    expect(within(copied!).getByText('Left here')).toHaveAttribute('aria-hidden', 'true');
  });

  // Issue 12: the iframe and worker pages drew the headers over no row and no text.
  it('says nothing was sent yet instead of headers over an empty table', () => {
    render(
      <TransferResults<{ id: string; mode: 'copy' }>
        label="Buffers sent"
        empty="Nothing sent yet."
        rows={[]}
        rowKey={(row) => row.id}
        columns={[{ key: 'mode', header: 'How', cell: (row) => row.mode }]}
      />,
    );
    expect(screen.getByText('Nothing sent yet.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('columnheader')).toBeNull();
  });
});
