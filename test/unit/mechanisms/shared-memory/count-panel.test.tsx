import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import '../../../../src/mechanisms/shared-memory/i18n';
import { CountPanel } from '../../../../src/mechanisms/shared-memory/count-panel';
import { CountFailed, countTogether } from '../../../../src/mechanisms/shared-memory/lab';
import type * as Lab from '../../../../src/mechanisms/shared-memory/lab';
import { loadDictionary } from '../../../../src/i18n/dictionary';
import { useAppStore } from '../../../../src/store';

// Two real workers on a SharedArrayBuffer need a browser (test/e2e/shared-memory.spec.ts): here
// the run's result (or what it threw) is given, to see what the panel draws.
vi.mock('../../../../src/mechanisms/shared-memory/lab', async (original) => ({
  ...(await original<typeof Lab>()),
  countTogether: vi.fn(),
}));
const counted = vi.mocked(countTogether);
const RESULT = { atomic: false, added: [1200, 1300], total: 2400, lost: 100, ms: 300 } as const;

async function runOnce() {
  render(<CountPanel atomic={false} onAtomic={() => undefined} />);
  await userEvent.click(screen.getByRole('button', { name: /counters|计数器/ }));
}

describe('CountPanel', () => {
  beforeAll(() => loadDictionary('zh-CN'));
  afterEach(() => {
    counted.mockReset();
    act(() => void useAppStore.getState().setLang('en'));
  });

  // Issue 12: the panel drew the headers "How / Added / The cell holds / Lost" over no row and
  // no text before the first run.
  it('says there is nothing yet, with no empty table, until the first run', async () => {
    counted.mockResolvedValue(RESULT);
    render(<CountPanel atomic={false} onAtomic={() => undefined} />);
    expect(screen.getByText('Nothing yet: run the two counters.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Run the two counters' }));
    const table = await screen.findByRole('table', { name: 'Counter runs' });
    expect(table.querySelectorAll('tbody tr')).toHaveLength(1);
    expect(table.querySelector('tbody tr')).toHaveAttribute('data-lost', '100');
    expect(screen.queryByText('Nothing yet: run the two counters.')).toBeNull();
  });

  // Issue 12: a failed run showed a bare "SecurityError: …" (or the app's English "Error: the
  // counters did not finish in time" in a Chinese page), with nothing saying what had failed.
  it('says which step failed, the browser’s words marked as its own, and clears on the next run', async () => {
    const words = "Failed to construct 'Worker': access denied";
    counted.mockRejectedValueOnce(new DOMException(words, 'SecurityError'));
    await runOnce();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`The two counters could not start: SecurityError: ${words}`);
    const said = alert.querySelector('[data-said="browser"] [lang="en"]');
    expect(said).toHaveTextContent(`SecurityError: ${words}`);
    expect(said).toHaveAttribute('translate', 'no');
    counted.mockResolvedValueOnce(RESULT);
    await userEvent.click(screen.getByRole('button', { name: 'Run the two counters' }));
    await screen.findByRole('table', { name: 'Counter runs' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('words the app’s own failures in the reader’s language, with nothing left in English', async () => {
    await act(() => useAppStore.getState().setLang('zh-CN'));
    counted.mockRejectedValueOnce(new CountFailed('timeout'));
    await runOnce();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '两个计数器 15 秒内没有报告结果：已停止。',
    );
    expect(screen.getByRole('alert').querySelector('[lang="en"]')).toBeNull();
  });

  it('marks a worker’s own error message as the browser’s, labelled in Chinese', async () => {
    await act(() => useAppStore.getState().setLang('zh-CN'));
    counted.mockRejectedValueOnce(new CountFailed('worker', 'Uncaught RangeError: out of memory'));
    await runOnce();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^✕ 一个计数 Worker 出错了：/);
    expect(alert.querySelector('.browser-words__label')).not.toBeNull();
    expect(alert.querySelector('[lang="en"]')).toHaveTextContent(
      'Uncaught RangeError: out of memory',
    );
  });
});
