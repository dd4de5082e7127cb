import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useLogFiles } from '../../../../src/components/message-log/use-log-files';
import { peerA } from '../../helpers';

// Issue 12: importing or exporting the log loads its code when first used; when that chunk did not
// load (offline, or the app updated since the page loaded), the click did nothing and said nothing.
// Here both chunks fail as a browser's import does.
vi.mock('../../../../src/components/message-log/import-files', () => {
  throw new TypeError('Failed to fetch dynamically imported module: /assets/import-files.js');
});
vi.mock('../../../../src/components/message-log/export-log', () => {
  throw new TypeError('Failed to fetch dynamically imported module: /assets/export-log.js');
});

describe('the log’s files, when their code does not load', () => {
  it('an import says nothing was imported and why', async () => {
    const { result } = renderHook(() => useLogFiles(peerA));
    await act(() => result.current.importLogs([new File(['{}'], 'a.json')]));
    expect(result.current.imported).toEqual({
      ok: null,
      failed: [expect.stringMatching(/^Nothing was imported: the code that reads log files/)],
    });
  });

  it('an export says the log was not exported and why', async () => {
    const { result } = renderHook(() => useLogFiles(peerA));
    act(() => result.current.exportLog());
    await vi.waitFor(() =>
      expect(result.current.imported?.failed).toEqual([
        expect.stringMatching(/^The log was not exported: the code that writes the file/),
      ]),
    );
  });
});
