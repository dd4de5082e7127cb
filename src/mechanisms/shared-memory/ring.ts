// Two rings of slots in one SharedArrayBuffer: page → worker and worker → page. Each ring has one
// writer and one reader. The bytes of a slot are written with plain stores; the counter that
// publishes them is written with Atomics.store, which is sequentially consistent, so a reader that
// sees the new count (Atomics.load) also sees the bytes before it.
// https://tc39.es/ecma262/#sec-atomics.store
// https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Atomics
// Runs on the page and in the worker: no DOM here.

export const SLOTS = 8;
export const SLOT_BYTES = 1024;
/** What fits in a slot after its 4-byte length. */
export const MAX_MESSAGE_BYTES = SLOT_BYTES - 4;

/** Int32 cells at the start of the buffer. */
export const CELL = {
  toWorkerWrite: 0,
  toWorkerRead: 1,
  toPageWrite: 2,
  toPageRead: 3,
  /** 1 once the worker runs its loop. */
  ready: 4,
  /** How many times the worker woke from Atomics.wait. */
  wakes: 5,
  /** Written through a copy of the buffer that came back over BroadcastChannel: same memory? */
  probe: 6,
} as const;
const HEADER_BYTES = 64;
const RING_BYTES = SLOTS * SLOT_BYTES;
export const MAILBOX_BYTES = HEADER_BYTES + 2 * RING_BYTES;

export type Ring = { write: number; read: number; base: number };
export const TO_WORKER: Ring = {
  write: CELL.toWorkerWrite,
  read: CELL.toWorkerRead,
  base: HEADER_BYTES,
};
export const TO_PAGE: Ring = {
  write: CELL.toPageWrite,
  read: CELL.toPageRead,
  base: HEADER_BYTES + RING_BYTES,
};

export const cellsOf = (buffer: SharedArrayBuffer) => new Int32Array(buffer, 0, HEADER_BYTES / 4);

export type WriteResult = 'ok' | 'full' | 'too-long';

export function tryWrite(
  buffer: SharedArrayBuffer,
  ring: Ring,
  bytes: Uint8Array,
  notify = true,
): WriteResult {
  if (bytes.length > MAX_MESSAGE_BYTES) return 'too-long';
  const cells = cellsOf(buffer);
  const written = Atomics.load(cells, ring.write);
  if (written - Atomics.load(cells, ring.read) >= SLOTS) return 'full';
  const offset = ring.base + (written % SLOTS) * SLOT_BYTES;
  new Int32Array(buffer, offset, 1)[0] = bytes.length;
  new Uint8Array(buffer, offset + 4, bytes.length).set(bytes);
  // Publishes the slot, then wakes a reader blocked in Atomics.wait / waitAsync on this cell.
  Atomics.store(cells, ring.write, written + 1);
  if (notify) Atomics.notify(cells, ring.write);
  return 'ok';
}

/** The next message's bytes (a private copy), or null when the ring is empty. */
export function tryRead(buffer: SharedArrayBuffer, ring: Ring): Uint8Array | null {
  const cells = cellsOf(buffer);
  const read = Atomics.load(cells, ring.read);
  if (read === Atomics.load(cells, ring.write)) return null;
  const offset = ring.base + (read % SLOTS) * SLOT_BYTES;
  const length = new Int32Array(buffer, offset, 1)[0] ?? 0;
  // slice() copies into an ordinary ArrayBuffer: TextDecoder refuses views on shared memory.
  const bytes = new Uint8Array(buffer, offset + 4, Math.min(length, MAX_MESSAGE_BYTES)).slice();
  Atomics.store(cells, ring.read, read + 1);
  Atomics.notify(cells, ring.read);
  return bytes;
}

/** The cell to wait on for a message (its write counter) and the value that means "none yet". */
export function emptyWait(buffer: SharedArrayBuffer, ring: Ring): number | null {
  const cells = cellsOf(buffer);
  const written = Atomics.load(cells, ring.write);
  return written === Atomics.load(cells, ring.read) ? written : null;
}

// ── The lost-update demo: two workers add 1 to one cell, with or without Atomics ──────────────

/** Int32 cells of the counter buffer: the gate both workers wait on, then the counted cell. */
export const COUNTER = { gate: 0, cell: 1 } as const;
export const COUNTER_BYTES = 8;
