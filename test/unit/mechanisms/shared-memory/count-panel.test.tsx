import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import '../../../../src/mechanisms/shared-memory/i18n';
import { CountPanel } from '../../../../src/mechanisms/shared-memory/count-panel';

// Two real workers on a SharedArrayBuffer need a browser (test/e2e/shared-memory.spec.ts): here
// the run's result is given, to see what the panel draws before and after one.
vi.mock('../../../../src/mechanisms/shared-memory/lab', () => ({
  countTogether: (atomic: boolean) =>
    Promise.resolve({ atomic, added: [1200, 1300], total: 2400, lost: 100, ms: 300 }),
}));

describe('CountPanel', () => {
  // Issue 12: the panel drew the headers "How / Added / The cell holds / Lost" over no row and
  // no text before the first run.
  it('says there is nothing yet, with no empty table, until the first run', async () => {
    render(<CountPanel atomic={false} onAtomic={() => undefined} />);
    expect(screen.getByText('Nothing yet: run the two counters.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Run the two counters' }));
    const table = await screen.findByRole('table', { name: 'Counter runs' });
    expect(table.querySelectorAll('tbody tr')).toHaveLength(1);
    expect(table.querySelector('tbody tr')).toHaveAttribute('data-lost', '100');
    expect(screen.queryByText('Nothing yet: run the two counters.')).toBeNull();
  });
});
