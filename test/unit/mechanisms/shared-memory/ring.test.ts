import { describe, expect, it } from 'vitest';
import {
  CELL,
  cellsOf,
  emptyWait,
  MAILBOX_BYTES,
  MAX_MESSAGE_BYTES,
  SLOTS,
  TO_PAGE,
  TO_WORKER,
  tryRead,
  tryWrite,
} from '../../../../src/mechanisms/shared-memory/ring';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array | null) => (data ? new TextDecoder().decode(data) : null);

describe('the shared mailbox rings', () => {
  it('carries messages in order, each ring on its own', () => {
    const buffer = new SharedArrayBuffer(MAILBOX_BYTES);
    expect(tryWrite(buffer, TO_WORKER, bytes('one'))).toBe('ok');
    expect(tryWrite(buffer, TO_WORKER, bytes('two'))).toBe('ok');
    expect(tryWrite(buffer, TO_PAGE, bytes('back'))).toBe('ok');
    expect(text(tryRead(buffer, TO_WORKER))).toBe('one');
    expect(text(tryRead(buffer, TO_WORKER))).toBe('two');
    expect(tryRead(buffer, TO_WORKER)).toBeNull();
    expect(text(tryRead(buffer, TO_PAGE))).toBe('back');
  });

  it('says full after SLOTS unread messages, and takes more once one is read', () => {
    const buffer = new SharedArrayBuffer(MAILBOX_BYTES);
    for (let i = 0; i < SLOTS; i++) expect(tryWrite(buffer, TO_WORKER, bytes(`m${i}`))).toBe('ok');
    expect(tryWrite(buffer, TO_WORKER, bytes('late'))).toBe('full');
    expect(text(tryRead(buffer, TO_WORKER))).toBe('m0');
    expect(tryWrite(buffer, TO_WORKER, bytes('late'))).toBe('ok');
    for (let i = 1; i < SLOTS; i++) expect(text(tryRead(buffer, TO_WORKER))).toBe(`m${i}`);
    // The slot index wraps around: the ninth message reused the first slot.
    expect(text(tryRead(buffer, TO_WORKER))).toBe('late');
  });

  it('refuses a message longer than a slot, and writes nothing', () => {
    const buffer = new SharedArrayBuffer(MAILBOX_BYTES);
    expect(tryWrite(buffer, TO_WORKER, new Uint8Array(MAX_MESSAGE_BYTES + 1))).toBe('too-long');
    expect(tryWrite(buffer, TO_WORKER, new Uint8Array(MAX_MESSAGE_BYTES))).toBe('ok');
    expect(tryRead(buffer, TO_WORKER)?.length).toBe(MAX_MESSAGE_BYTES);
    expect(tryRead(buffer, TO_WORKER)).toBeNull();
  });

  it('gives a private copy, not a view on the shared memory', () => {
    const buffer = new SharedArrayBuffer(MAILBOX_BYTES);
    tryWrite(buffer, TO_WORKER, bytes('copy me'));
    const read = tryRead(buffer, TO_WORKER)!;
    expect(read.buffer).toBeInstanceOf(ArrayBuffer);
    expect(read.buffer).not.toBeInstanceOf(SharedArrayBuffer);
  });

  it('tells a reader which value to wait on while empty, and nothing once written', () => {
    const buffer = new SharedArrayBuffer(MAILBOX_BYTES);
    expect(emptyWait(buffer, TO_WORKER)).toBe(0);
    tryWrite(buffer, TO_WORKER, bytes('x'), false);
    // Written without notify: the counter moved all the same, so a new wait returns at once.
    expect(emptyWait(buffer, TO_WORKER)).toBeNull();
    expect(Atomics.load(cellsOf(buffer), CELL.toWorkerWrite)).toBe(1);
    tryRead(buffer, TO_WORKER);
    expect(emptyWait(buffer, TO_WORKER)).toBe(1);
  });
});
