import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { buildExport } from '../../../../src/components/message-log/export-log';
import { importExports } from '../../../../src/components/message-log/import-files';
import { createLogSlice, type LogSlice } from '../../../../src/store/log-slice';
import type { LogEntry } from '../../../../src/store/log-types';
import { peerA, peerB } from '../../helpers';

const entry = (id: number): LogEntry => ({
  id,
  at: id * 10,
  mechanism: 'broadcast-channel',
  direction: 'received',
  summary: `m${id}`,
});
const tenFromB = JSON.stringify(
  buildExport(
    Array.from({ length: 10 }, (_, i) => entry(i + 1)),
    peerB,
    0,
  ),
);

function logStore(capacity: number) {
  return create<LogSlice>()(
    (...a) =>
      createLogSlice(capacity, (flush) => flush())(
        ...(a as unknown as Parameters<ReturnType<typeof createLogSlice>>),
      ) as LogSlice,
  );
}

/** What the log panel does with chosen files. */
function importInto(store: ReturnType<typeof logStore>, names: string[]) {
  const result = importExports(
    names.map((name) => ({ name, content: tenFromB })),
    store.getState().log.buffer.toArray(),
    peerA,
  );
  if (result.timeline) store.getState().replaceLog(result.timeline);
  return result;
}

describe('importing exports', () => {
  it('the same export twice adds its 10 entries once, and nothing counts as dropped', () => {
    const store = logStore(100);
    store
      .getState()
      .appendLog({ at: 5, mechanism: 'websocket', direction: 'sent', summary: 'own' });
    const first = importInto(store, ['b.json']);
    expect(first).toMatchObject({ added: 10, duplicates: 0, files: 1, tabs: ['Blue Whale'] });
    const second = importInto(store, ['b.json']);
    expect(second).toMatchObject({ added: 0, duplicates: 10, files: 1 });
    const { buffer } = store.getState().log;
    expect(buffer.length).toBe(11);
    expect(buffer.dropped).toBe(0);
  });

  it('two copies chosen at once merge 10 distinct entries, not 20', () => {
    const store = logStore(100);
    const result = importInto(store, ['b.json', 'b copy.json']);
    expect(result).toMatchObject({ added: 10, duplicates: 10, files: 2 });
    expect(store.getState().log.buffer.length).toBe(10);
    expect(store.getState().log.buffer.dropped).toBe(0);
  });

  it('a file that is not an export is reported and leaves the log alone', () => {
    const store = logStore(100);
    const result = importExports([{ name: 'x.json', content: '{' }], [], peerA);
    expect(result.timeline).toBeNull();
    expect(result.failed).toEqual([{ file: 'x.json', reason: 'the file is not JSON' }]);
    expect(store.getState().log.buffer.length).toBe(0);
  });
});
